package com.browseract.client.batch;

import com.browseract.client.internal.GrowingDelay;
import java.time.Instant;

/**
 * The batch's effective concurrency. It starts at what the user asked for; a start refused by the plan's limit
 * (code 10118) lowers it to the tasks running then (at least 1) and delays the next start that would go beyond
 * them; each start that succeeds at the current level, once that delay is over, raises it by one, up to the
 * user's number. Refused probes wait longer each time ({@link GrowingDelay#PLAN_SLOT}) until one succeeds.
 */
final class AdaptiveLimit {
  private final int ceiling;
  private volatile int current;
  private int refusalsInARow;
  private Instant probeAfter = Instant.MIN;

  AdaptiveLimit(int ceiling) {
    this.ceiling = ceiling;
    this.current = ceiling;
  }

  int current() {
    return current;
  }

  /** How many tasks may run now: one more than the current level when a probe is due. */
  int allowed(Instant now) {
    return current < ceiling && !now.isBefore(probeAfter) ? current + 1 : current;
  }

  /** When starting beyond the current level will next be tried. */
  Instant probeAfter() {
    return probeAfter;
  }

  /** @return true when the level changed */
  boolean refused(int running, Instant now) {
    int before = current;
    current = Math.max(1, Math.min(current, running));
    probeAfter = now.plus(GrowingDelay.PLAN_SLOT.after(refusalsInARow++));
    return current != before;
  }

  /** @return true when the level changed */
  boolean started(int running) {
    if (running > current && current < ceiling) {
      refusalsInARow = 0;
      current = Math.min(ceiling, running);
      return true;
    }
    return false;
  }
}
