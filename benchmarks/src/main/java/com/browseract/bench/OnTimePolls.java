package com.browseract.bench;

import com.browseract.client.WaitOptions;
import java.time.Duration;

/** The SDK's poll schedule without delays on the way: the fewest status requests a wait can make. */
final class OnTimePolls {
  private OnTimePolls() {}

  /**
   * Status requests needed to see a task end {@code finishMillis} after its first poll, when polls are
   * sent exactly on schedule (first at 0, then after each interval of {@code options}).
   */
  static int minimumPolls(long finishMillis, WaitOptions options) {
    long at = 0;
    int polls = 1;
    while (at < finishMillis) {
      at += intervalMillis(polls, at, options);
      polls++;
    }
    return polls;
  }

  /** When, after the first poll, the on-time poll that sees a task ending at {@code finishMillis} leaves. */
  static long endSeenAtMillis(long finishMillis, WaitOptions options) {
    long at = 0;
    for (int polls = 1; at < finishMillis; polls++) {
      at += intervalMillis(polls, at, options);
    }
    return at;
  }

  /** The wait after poll number {@code polls} (from 1), sent {@code atMillis} after the first. */
  static long intervalMillis(int polls, long atMillis, WaitOptions options) {
    return options.pollSchedule().delayAfter(polls, Duration.ofMillis(atMillis)).toMillis();
  }
}
