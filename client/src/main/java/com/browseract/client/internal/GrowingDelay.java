package com.browseract.client.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * A delay that grows by a factor after each try, up to a ceiling: {@code min(max, first × multiplier^n)}. The one
 * formula behind the SDK's deterministic backoffs (the poll curve, waiting for a plan slot, a batch's failed starts
 * and looks, its first looks); each decision keeps its own numbers. Immutable.
 */
public final class GrowingDelay {
  /**
   * Waiting for a free slot of the plan after a start it refused (code 10118): from 2 s, growing by half each
   * refusal in a row, up to 30 s. One decision, used by a start that waits for a slot ({@code RunOptions.waitForSlot})
   * and by a batch probing for one more task at once. A task ends in seconds at best: shorter waits only add load.
   */
  public static final GrowingDelay PLAN_SLOT = new GrowingDelay(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(30));

  private final Duration first;
  private final double multiplier;
  private final Duration max;

  /**
   * @param first the delay after no failure yet ({@code n} = 0)
   * @param multiplier the growth per try, 1 or more
   * @param max the ceiling
   */
  public GrowingDelay(Duration first, double multiplier, Duration max) {
    this.first = Objects.requireNonNull(first, "first == null");
    this.multiplier = multiplier;
    this.max = Objects.requireNonNull(max, "max == null");
  }

  /**
   * @param n how many times it has grown, from 0
   * @return {@code first × multiplier^n}, at most {@code max} (never overflows)
   */
  public Duration after(int n) {
    double millis = first.toMillis() * Math.pow(multiplier, Math.max(0, n));
    return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
  }

  /** @return the delay at {@code n} = 0 */
  public Duration first() {
    return first;
  }

  /** @return the growth per try */
  public double multiplier() {
    return multiplier;
  }

  /** @return the ceiling */
  public Duration max() {
    return max;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GrowingDelay)) {
      return false;
    }
    GrowingDelay other = (GrowingDelay) o;
    return first.equals(other.first) && multiplier == other.multiplier && max.equals(other.max);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, multiplier, max);
  }

  @Override
  public String toString() {
    return first + " ×" + multiplier + " up to " + max;
  }
}
