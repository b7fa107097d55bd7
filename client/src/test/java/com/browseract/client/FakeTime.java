package com.browseract.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/**
 * A clock that moves only when the code under test sleeps, and a record of every sleep. Events scripted with
 * {@link #at(Duration, Runnable)} (a callback arriving at 100 s, say) run when a wakeable sleep passes their time.
 */
final class FakeTime extends Clock implements Sleeper {
  static final Instant START = Instant.parse("2026-11-29T00:00:00Z");

  private volatile Instant now = START;
  private volatile long realStart;
  private volatile boolean realTimePasses;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final List<Map.Entry<Instant, Runnable>> events = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /** Runs {@code event} when a wakeable sleep reaches {@code sinceStart} after {@link #START}. */
  void at(Duration sinceStart, Runnable event) {
    events.add(Map.entry(START.plus(sinceStart), event));
  }

  /** Moves the clock through the scripted events up to {@code duration}, stopping at the one that wakes. */
  @Override
  public boolean sleepUnlessWoken(Duration duration, Semaphore wake) {
    Instant from = now;
    Instant until = now.plus(duration);
    while (!wake.tryAcquire()) {
      Optional<Map.Entry<Instant, Runnable>> due = events.stream().filter(e -> !e.getKey().isAfter(until))
          .min(Comparator.comparing(Map.Entry::getKey));
      if (due.isEmpty()) {
        sleeps.add(duration);
        now = until;
        return wake.tryAcquire();
      }
      events.remove(due.get());
      if (due.get().getKey().isAfter(now)) {
        now = due.get().getKey();
      }
      due.get().getValue().run();
    }
    sleeps.add(Duration.between(from, now));
    return true;
  }

  /**
   * From now on, lets real time pass on this clock as well as the sleeps: for code that blocks for real (a request
   * that hangs) while the rest of a test runs in fake time.
   */
  FakeTime withRealTimePassing() {
    realStart = System.nanoTime();
    realTimePasses = true;
    return this;
  }

  /** @return the time since {@link #START} */
  Duration elapsed() {
    return Duration.between(START, now);
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
    return realTimePasses ? now.plusNanos(System.nanoTime() - realStart) : now;
  }
}
