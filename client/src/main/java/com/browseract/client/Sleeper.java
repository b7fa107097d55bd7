package com.browseract.client;

import java.time.Duration;

/** Waits between attempts; replaced in tests so that they never really sleep. */
interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.getNano() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
