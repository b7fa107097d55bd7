package com.browseract.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose tasks run only when the test moves it on with {@link #advance(Duration)}, on the test's own
 * thread: async waits and retries step by step in {@link FakeTime}, with no real delay. Answers still arrive on
 * OkHttp's threads, so {@link #awaitScheduled(int)} waits (bounded) for the next step to be scheduled.
 */
final class ManualScheduler extends ScheduledThreadPoolExecutor {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final FakeTime time;
  private final List<Step> steps = new ArrayList<>();

  ManualScheduler(FakeTime time) {
    super(1);
    this.time = time;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    Step step = new Step(command, time.instant().plusNanos(unit.toNanos(delay)));
    synchronized (this) {
      steps.add(step);
      notifyAll();
    }
    return step;
  }

  /** @return how many scheduled steps are neither run nor cancelled */
  synchronized int scheduled() {
    return (int) steps.stream().filter(step -> !step.isCancelled()).count();
  }

  /** Waits until {@code count} steps are scheduled; fails after 10 s (an answer that never came). */
  synchronized void awaitScheduled(int count) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (scheduled() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("expected " + count + " scheduled steps, have " + scheduled());
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** Moves the fake clock to the earliest scheduled step and runs it, and only it. */
  void runNext() {
    Step step = nextDue(Instant.MAX);
    if (step == null) {
      throw new AssertionError("no step is scheduled");
    }
    moveTo(step.due);
    step.run();
  }

  /** Moves the fake clock by {@code duration}, running every step that falls due, in order of their times. */
  void advance(Duration duration) {
    Instant until = time.instant().plus(duration);
    for (Step step = nextDue(until); step != null; step = nextDue(until)) {
      moveTo(step.due);
      step.run();
    }
    moveTo(until);
  }

  private void moveTo(Instant instant) {
    if (instant.isAfter(time.instant())) {
      time.sleep(Duration.between(time.instant(), instant));
    }
  }

  private synchronized Step nextDue(Instant until) {
    steps.removeIf(Step::isCancelled);
    Step next = steps.stream().filter(step -> !step.due.isAfter(until)).min(Comparator.comparing(step -> step.due))
        .orElse(null);
    steps.remove(next);
    return next;
  }

  private final class Step extends FutureTask<Void> implements ScheduledFuture<Void> {
    final Instant due;

    Step(Runnable command, Instant due) {
      super(command, null);
      this.due = due;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(time.instant(), due).toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }
}
