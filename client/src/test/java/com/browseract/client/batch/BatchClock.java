package com.browseract.client.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Time for batch tests: it moves only when the batch pauses (or a test moves it). */
final class BatchClock extends Clock implements Pause {
  private volatile Instant now = Instant.parse("2026-11-30T08:00:00Z");

  @Override
  public void pause(Duration duration) {
    move(duration);
  }

  @Override
  public void wake() {
  }

  void move(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
