package com.browseract.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The callbacks that reached one wait, saying its task ended: thread-safe, since they arrive on the receiver's
 * threads while the wait polls on its own.
 *
 * <p>Many callbacks make one re-read: a hint that arrives while one is pending only sets what is already set, and
 * the wait takes it with its next read. A callback is unsigned, so a re-read may find the task still running (a
 * stranger's body, or BrowserAct's store a moment behind its callback); after each such false alarm the next
 * callback-triggered read waits a little longer (1 s, doubling up to the safety poll), so that a flood of lies
 * cannot turn into a flood of requests.
 */
final class CallbackHints {
  private static final Duration FIRST_SPACING = Duration.ofSeconds(1);

  private final Clock clock;
  private final Duration maxSpacing;
  private Runnable onArrival = () -> { };
  private boolean pending;
  private Duration spacing = Duration.ZERO;
  private Instant notBefore = Instant.MIN;

  CallbackHints(Clock clock, Duration maxSpacing) {
    this.clock = clock;
    this.maxSpacing = maxSpacing;
  }

  /** What the wait does when a first hint arrives: wake the sleeping thread, or bring the next poll forward. */
  synchronized void onArrival(Runnable action) {
    this.onArrival = action;
  }

  /** A callback said the task ended. */
  void arrive() {
    Runnable action;
    synchronized (this) {
      if (pending) {
        return;
      }
      pending = true;
      action = onArrival;
    }
    action.run();
  }

  synchronized boolean pending() {
    return pending;
  }

  /** @return whether a hint was pending; it is consumed by the read the caller is about to make */
  synchronized boolean take() {
    boolean was = pending;
    pending = false;
    return was;
  }

  /** @return how long the read a pending hint asks for must still wait: zero unless false alarms came before */
  synchronized Duration delay() {
    if (notBefore.equals(Instant.MIN)) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), notBefore);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * The read a hint asked for did not end the wait: the task still runs, or the read failed (then the hint stays, to
   * be tried again). Either way the next hinted read waits longer.
   */
  synchronized void readDidNotEnd(boolean keepHint) {
    spacing = spacing.isZero() ? FIRST_SPACING : spacing.multipliedBy(2);
    if (spacing.compareTo(maxSpacing) > 0) {
      spacing = maxSpacing;
    }
    notBefore = clock.instant().plus(spacing);
    pending = pending || keepHint;
  }
}
