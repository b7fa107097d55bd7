package com.browseract.client;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A scheduler that moves a {@link FakeTime} by each delay and runs the task at once: async waits in fake time. */
final class FakeScheduler extends ScheduledThreadPoolExecutor {
  private final FakeTime time;

  FakeScheduler(FakeTime time) {
    super(1);
    this.time = time;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    time.sleep(Duration.ofNanos(unit.toNanos(delay)));
    return super.schedule(command, 0, TimeUnit.NANOSECONDS);
  }
}
