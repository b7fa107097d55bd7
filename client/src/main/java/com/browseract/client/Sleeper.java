package com.browseract.client;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Waits between attempts; replaced in tests so that they never really sleep. */
interface Sleeper {
  Sleeper SYSTEM = new Sleeper() {
    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis(), duration.getNano() % 1_000_000);
    }

    @Override
    public boolean sleepUnlessWoken(Duration duration, Semaphore wake) throws InterruptedException {
      return wake.tryAcquire(duration.toNanos(), TimeUnit.NANOSECONDS);
    }
  };

  void sleep(Duration duration) throws InterruptedException;

  /**
   * Sleeps {@code duration}, or less when {@code wake} gets a permit meanwhile (a callback for a synchronous wait).
   * This default, for sleepers that only pretend, looks at {@code wake} before and after sleeping.
   *
   * @return true when woken, the permit taken
   */
  default boolean sleepUnlessWoken(Duration duration, Semaphore wake) throws InterruptedException {
    if (wake.tryAcquire()) {
      return true;
    }
    sleep(duration);
    return wake.tryAcquire();
  }
}
