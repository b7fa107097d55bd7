package com.browseract.client.batch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a batch stands: while it runs ({@link BatchRun#progress()}) and when it is over
 * ({@link BatchRun#summary()}). Counts cover the whole batch, earlier runs of the same journal included.
 */
public final class BatchSummary {
  final int total;
  final int finished;
  final int failed;
  final int canceled;
  final int running;
  final int unresolved;
  final long credits;
  final Duration wallTime;
  final double slotUtilisation;
  final int concurrency;
  final long requests;
  final boolean timedOut;
  final boolean interrupted;
  final RuntimeException stoppedBy;

  final int doneBefore;

  BatchSummary(Counters counters, long requests, Duration wallTime, double slotUtilisation, int concurrency,
      boolean timedOut, boolean interrupted, RuntimeException stoppedBy) {
    this.doneBefore = counters.doneBefore;
    this.total = counters.total;
    this.finished = counters.finished;
    this.failed = counters.failed;
    this.canceled = counters.canceled;
    this.running = counters.running;
    this.unresolved = counters.unresolved;
    this.credits = counters.credits;
    this.requests = requests;
    this.wallTime = wallTime;
    this.slotUtilisation = slotUtilisation;
    this.concurrency = concurrency;
    this.timedOut = timedOut;
    this.interrupted = interrupted;
    this.stoppedBy = stoppedBy;
  }

  /** Running counts, updated by the batch's thread and read by anyone. */
  static final class Counters {
    volatile int total;
    volatile int finished;
    volatile int failed;
    volatile int canceled;
    volatile int running;
    volatile int unresolved;
    volatile long credits;
    /** Inputs that had a result when this run began (an earlier run's). */
    volatile int doneBefore;
  }

  /** @return the number of inputs; while the batch still reads them, those read so far */
  public int total() {
    return total;
  }

  /** @return inputs whose task finished */
  public int finished() {
    return finished;
  }

  /** @return inputs whose task failed, with no retry left */
  public int failed() {
    return failed;
  }

  /** @return inputs whose task was canceled */
  public int canceled() {
    return canceled;
  }

  /** @return inputs whose task is running (when the batch is over: left running, a rerun waits for them) */
  public int running() {
    return running;
  }

  /** @return inputs the batch could not tell whether it had started (a rerun resolves them) */
  public int unresolved() {
    return unresolved;
  }

  /** @return inputs with a result: finished, failed or canceled */
  public int done() {
    return finished + failed + canceled;
  }

  /** @return inputs that got their result in this run of the batch (not an earlier run of the same journal) */
  public int doneThisRun() {
    return done() - doneBefore;
  }

  /** @return inputs not started yet */
  public int queued() {
    return Math.max(0, total - done() - running - unresolved);
  }

  /** @return credits used by the tasks with a result */
  public long credits() {
    return credits;
  }

  /** @return time since this run of the batch began */
  public Duration wallTime() {
    return wallTime;
  }

  /** @return the share of the batch's slots (its concurrency) that had a running task, on average, 0 to 1 */
  public double slotUtilisation() {
    return slotUtilisation;
  }

  /** @return the effective concurrency: lower than asked while the plan refuses starts */
  public int concurrency() {
    return concurrency;
  }

  /** @return API requests this run of the batch made */
  public long requests() {
    return requests;
  }

  /** @return true when the batch's timeout ended it with tasks not done */
  public boolean timedOut() {
    return timedOut;
  }

  /** @return true when the batch was cancelled */
  public boolean interrupted() {
    return interrupted;
  }

  /** @return the failure that stopped the batch (a refused key, a deleted workflow...), or null */
  public RuntimeException stoppedBy() {
    return stoppedBy;
  }

  /** @return true when every input has a result and every task finished */
  public boolean allFinished() {
    return finished == total && stoppedBy == null;
  }

  /** @return the summary as name → value, in a stable order (what the CLI prints with --json) */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("total", total);
    map.put("finished", finished);
    map.put("failed", failed);
    map.put("canceled", canceled);
    map.put("running", running);
    map.put("unresolved", unresolved);
    map.put("queued", queued());
    map.put("credits", credits);
    map.put("wallTimeSeconds", wallTime.toMillis() / 1000.0);
    map.put("slotUtilisation", Math.round(slotUtilisation * 1000) / 1000.0);
    map.put("concurrency", concurrency);
    map.put("requests", requests);
    map.put("timedOut", timedOut);
    map.put("interrupted", interrupted);
    map.put("stoppedBy", stoppedBy == null ? null : stoppedBy.getMessage());
    return map;
  }

  @Override
  public String toString() {
    return "BatchSummary" + toMap();
  }
}
