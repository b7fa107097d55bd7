package com.browseract.client;

import com.browseract.client.internal.GrowingDelay;
import java.time.Duration;
import java.util.Objects;

/**
 * When a wait polls: the whole curve in one immutable value, set with {@link WaitOptions.Builder#pollSchedule}
 * (as the AWS SDK's waiters keep theirs in a backoff strategy). Each default is one constant below.
 *
 * <p><strong>Polling.</strong> The first poll goes at once. The wait after poll {@code n} is
 * {@link #initialInterval()} × {@link #multiplier()}<sup>n-1</sup>, at most {@link #maxInterval()}, and at most a
 * cap that follows the wait's age: {@link #capShare()} of the time waited so far, never below {@link #capFloor()}.
 * A short task is so seen within a second or two of its end, and a long one costs few requests: with the defaults
 * a 20 s task is polled about every 2 s, a 1-minute one about every 4 s, a 5-minute one ends with polls 10 s apart
 * (about 56 polls in all). A cap share of 0 gives the fixed cap {@link #maxInterval()}: fewer polls early, and
 * later answers.
 *
 * <p><strong>With callbacks.</strong> A wait that expects callbacks ({@link WaitOptions#callbackUrl()}) polls only
 * as a safety net, in case one is lost: after {@link #safetyInterval()}, then after as long as it has waited so far
 * (the polls double), at most {@link #MAX_SAFETY_INTERVAL} apart. A 5-minute task whose callback arrives thus costs
 * one poll and one read.
 */
public final class PollSchedule {
  /** Default of {@link Builder#initialInterval(Duration)}: 1 s. */
  public static final Duration DEFAULT_INITIAL_INTERVAL = Duration.ofSeconds(1);
  /** Default of {@link Builder#multiplier(double)}. */
  public static final double DEFAULT_MULTIPLIER = 1.5;
  /** Default of {@link Builder#maxInterval(Duration)}: 10 s. */
  public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(10);
  /** Default of {@link Builder#capShare(double)}. */
  public static final double DEFAULT_CAP_SHARE = 0.07;
  /** Default of {@link Builder#capFloor(Duration)}: 2 s. */
  public static final Duration DEFAULT_CAP_FLOOR = Duration.ofSeconds(2);
  /** Default of {@link Builder#safetyInterval(Duration)}: 3 min. */
  public static final Duration DEFAULT_SAFETY_INTERVAL = Duration.ofMinutes(3);
  /** The longest wait between two safety polls (unless {@link #safetyInterval()} is longer): 10 min. */
  public static final Duration MAX_SAFETY_INTERVAL = Duration.ofMinutes(10);

  private static final PollSchedule DEFAULTS = builder().build();

  private final GrowingDelay growth;
  private final double capShare;
  private final Duration capFloor;
  private final Duration safetyInterval;

  private PollSchedule(Builder builder) {
    this.growth = new GrowingDelay(builder.initialInterval, builder.multiplier, builder.maxInterval);
    this.capShare = builder.capShare;
    this.capFloor = builder.capFloor;
    this.safetyInterval = builder.safetyInterval;
  }

  /** @return the default schedule */
  public static PollSchedule defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this schedule */
  public Builder toBuilder() {
    return builder().initialInterval(initialInterval()).multiplier(multiplier()).maxInterval(maxInterval())
        .capShare(capShare).capFloor(capFloor).safetyInterval(safetyInterval);
  }

  /**
   * The wait after a poll, when no callback is expected: the growing interval, kept under the age cap.
   *
   * @param polls the polls made so far, from 1
   * @param waited the time since the wait began
   * @return the wait before the next poll (the caller cuts it short at its deadline)
   */
  public Duration delayAfter(int polls, Duration waited) {
    Duration interval = growth.after(polls - 1);
    Duration cap = cap(waited);
    return interval.compareTo(cap) < 0 ? interval : cap;
  }

  /** The age cap: {@code capShare × waited}, kept between {@link #capFloor()} and {@link #maxInterval()}. */
  private Duration cap(Duration waited) {
    if (capShare == 0) {
      return maxInterval();
    }
    long share = (long) (waited.toMillis() * capShare);
    return Duration.ofMillis(Math.min(maxInterval().toMillis(), Math.max(capFloor.toMillis(), share)));
  }

  /**
   * The wait before the next safety poll of a wait that expects callbacks.
   *
   * @param waited the time since the wait began
   * @return {@link #safetyInterval()}, or {@code waited} once longer, at most {@link #MAX_SAFETY_INTERVAL}
   */
  Duration safetyDelayAfter(Duration waited) {
    Duration most = safetyInterval.compareTo(MAX_SAFETY_INTERVAL) > 0 ? safetyInterval : MAX_SAFETY_INTERVAL;
    Duration delay = waited.compareTo(safetyInterval) > 0 ? waited : safetyInterval;
    return delay.compareTo(most) < 0 ? delay : most;
  }

  /** @return the wait after the first poll */
  public Duration initialInterval() {
    return growth.first();
  }

  /** @return the factor each wait between polls grows by */
  public double multiplier() {
    return growth.multiplier();
  }

  /** @return the longest wait between two polls */
  public Duration maxInterval() {
    return growth.max();
  }

  /** @return the share of the time waited so far that caps the wait between polls; 0 for a fixed cap */
  public double capShare() {
    return capShare;
  }

  /** @return the lowest the age-following cap goes */
  public Duration capFloor() {
    return capFloor;
  }

  /** @return the first safety poll's delay, while callbacks are expected */
  public Duration safetyInterval() {
    return safetyInterval;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PollSchedule)) {
      return false;
    }
    PollSchedule other = (PollSchedule) o;
    return growth.equals(other.growth) && capShare == other.capShare && capFloor.equals(other.capFloor)
        && safetyInterval.equals(other.safetyInterval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(growth, capShare, capFloor, safetyInterval);
  }

  @Override
  public String toString() {
    return "PollSchedule{initialInterval=" + initialInterval() + ", multiplier=" + multiplier() + ", maxInterval="
        + maxInterval() + ", capShare=" + capShare + ", capFloor=" + capFloor + ", safetyInterval=" + safetyInterval
        + "}";
  }

  /** Builds a {@link PollSchedule}; {@link #build()} checks the values. */
  public static final class Builder {
    private Duration initialInterval = DEFAULT_INITIAL_INTERVAL;
    private double multiplier = DEFAULT_MULTIPLIER;
    private Duration maxInterval = DEFAULT_MAX_INTERVAL;
    private double capShare = DEFAULT_CAP_SHARE;
    private Duration capFloor = DEFAULT_CAP_FLOOR;
    private Duration safetyInterval = DEFAULT_SAFETY_INTERVAL;

    private Builder() {
    }

    /**
     * @param interval the wait after the first poll; default {@link #DEFAULT_INITIAL_INTERVAL}
     * @return this builder
     */
    public Builder initialInterval(Duration interval) {
      this.initialInterval = Objects.requireNonNull(interval, "initialInterval == null");
      return this;
    }

    /**
     * @param multiplier growth of the wait between polls, 1 or more; default {@value #DEFAULT_MULTIPLIER}
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /**
     * @param interval the longest wait between two polls; default {@link #DEFAULT_MAX_INTERVAL}
     * @return this builder
     */
    public Builder maxInterval(Duration interval) {
      this.maxInterval = Objects.requireNonNull(interval, "maxInterval == null");
      return this;
    }

    /**
     * @param share the share of the time waited so far that caps the wait between polls, 0 to 1; default
     *     {@value #DEFAULT_CAP_SHARE}; 0 for a fixed cap of {@link #maxInterval(Duration)}
     * @return this builder
     */
    public Builder capShare(double share) {
      this.capShare = share;
      return this;
    }

    /**
     * @param floor the lowest the age-following cap goes; default {@link #DEFAULT_CAP_FLOOR}
     * @return this builder
     */
    public Builder capFloor(Duration floor) {
      this.capFloor = Objects.requireNonNull(floor, "capFloor == null");
      return this;
    }

    /**
     * When a wait that expects callbacks first polls anyway, in case one is lost (BrowserAct gives up on a receiver
     * after 3 tries). A lost callback delays the wait by about the task's age at most; each poll is one cheap
     * status request. Shorter means quicker recovery from a lost callback, and more requests.
     *
     * @param interval a positive duration; default {@link #DEFAULT_SAFETY_INTERVAL}
     * @return this builder
     */
    public Builder safetyInterval(Duration interval) {
      this.safetyInterval = Objects.requireNonNull(interval, "safetyInterval == null");
      return this;
    }

    /**
     * @return the schedule
     * @throws IllegalArgumentException when an interval is not positive, the maximum interval is below the initial
     *     one, the multiplier is below 1, or the cap share is not between 0 and 1
     */
    public PollSchedule build() {
      Validation.positive("initialInterval", initialInterval);
      Validation.positive("maxInterval", maxInterval);
      Validation.positive("capFloor", capFloor);
      Validation.positive("safetyInterval", safetyInterval);
      if (maxInterval.compareTo(initialInterval) < 0) {
        throw new IllegalArgumentException("maxInterval (" + maxInterval
            + ") must not be shorter than initialInterval (" + initialInterval + ")");
      }
      if (!(capShare >= 0 && capShare <= 1)) {
        throw new IllegalArgumentException("capShare must be between 0 and 1, was " + capShare);
      }
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be 1 or more, was " + multiplier);
      }
      return new PollSchedule(this);
    }
  }
}
