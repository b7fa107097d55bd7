package com.browseract.bench;

import com.browseract.client.WaitOptions;

/** The SDK's poll schedule without delays on the way: the fewest status requests a wait can make. */
final class PollSchedule {
  private PollSchedule() {}

  /**
   * Status requests needed to see a task end {@code finishMillis} after its first poll, when polls are
   * sent exactly on schedule (first at 0, then after each interval of {@code options}).
   */
  static int minimumPolls(long finishMillis, WaitOptions options) {
    long at = 0;
    long interval = options.initialPollInterval().toMillis();
    int polls = 1;
    while (at < finishMillis) {
      at += Math.min(interval, options.pollCap(java.time.Duration.ofMillis(at)).toMillis());
      interval = Math.min((long) (interval * options.pollMultiplier()), options.maxPollInterval().toMillis());
      polls++;
    }
    return polls;
  }
}
