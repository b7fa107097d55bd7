package com.browseract.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * How well a run kept the plan's slots busy, measured from the tasks the fake API created (their creation and end
 * times on the fake's clock), not from what the client believes.
 *
 * @param whileQueued busy task-seconds ÷ (slots × the time from the run's start to the last task's creation, while
 *     inputs were still waiting to be started)
 * @param overWall busy task-seconds ÷ (slots × the run's whole wall time)
 * @param meanRefillMillis mean time from a task's end to the start that took its place: the k-th start (k beyond
 *     the run's concurrency) against the (k − concurrency)-th end
 * @param p90RefillMillis the 90th percentile of the same
 * @param ended tasks ended by the run's end
 * @param fullMillis from the run's start to the creation of the task that first filled its concurrency
 * @param lastStartMillis from the run's start to the last task's creation
 * @param lastEndMillis from the run's start to the last task's end
 */
record SlotUse(double whileQueued, double overWall, double meanRefillMillis, long p90RefillMillis, int ended,
    long fullMillis, long lastStartMillis, long lastEndMillis) {

  /** When one task ran on the fake. */
  record Span(Instant start, Instant end) {}

  /**
   * @param tasks the tasks the run created
   * @param began the run's start
   * @param over the run's end
   * @param slots the plan's limit
   * @param concurrency how many tasks the run keeps going at once
   */
  static SlotUse of(List<Span> tasks, Instant began, Instant over, int slots, int concurrency) {
    Instant lastStart = tasks.stream().map(Span::start).max(Instant::compareTo).orElse(began);
    Instant lastEnd = tasks.stream().map(Span::end).max(Instant::compareTo).orElse(began);
    double whileQueued = 0;
    double overWall = 0;
    int ended = 0;
    for (Span task : tasks) {
      whileQueued += overlapSeconds(task, began, lastStart);
      overWall += overlapSeconds(task, began, over);
      ended += task.end().isAfter(over) ? 0 : 1;
    }
    long[] starts = tasks.stream().mapToLong(task -> task.start().toEpochMilli()).sorted().toArray();
    long[] ends = tasks.stream().mapToLong(task -> task.end().toEpochMilli()).sorted().toArray();
    long[] refills = new long[Math.max(0, starts.length - concurrency)];
    for (int k = concurrency; k < starts.length; k++) {
      refills[k - concurrency] = starts[k] - ends[k - concurrency];
    }
    return new SlotUse(whileQueued / (slots * seconds(began, lastStart)), overWall / (slots * seconds(began, over)),
        Arrays.stream(refills).average().orElse(0), refills.length == 0 ? 0 : Stats.percentile(refills, 90), ended,
        starts.length < concurrency ? -1 : starts[concurrency - 1] - began.toEpochMilli(),
        Duration.between(began, lastStart).toMillis(), Duration.between(began, lastEnd).toMillis());
  }

  private static double overlapSeconds(Span task, Instant from, Instant to) {
    Instant start = task.start().isAfter(from) ? task.start() : from;
    Instant end = task.end().isBefore(to) ? task.end() : to;
    return end.isAfter(start) ? seconds(start, end) : 0;
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }
}
