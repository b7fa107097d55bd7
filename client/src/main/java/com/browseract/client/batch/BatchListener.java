package com.browseract.client.batch;

/**
 * Told what a batch does, on the batch's own thread: keep each call short. Every method does nothing by default.
 */
public interface BatchListener {
  /** A listener that ignores everything. */
  BatchListener NONE = new BatchListener() {
  };

  /**
   * A task was started for an input (or a task found by reconciliation was adopted for it).
   *
   * @param input the input
   * @param taskId its task
   * @param attempt 1 for the first task of the input, 2 for its first retry...
   */
  default void onStarted(BatchInput input, String taskId, int attempt) {
  }

  /**
   * An input has its result: its task finished, failed (with no retry left) or was canceled.
   *
   * @param result the result, as written to the results file
   */
  default void onResult(BatchResult result) {
  }

  /**
   * The effective concurrency changed: lowered to the tasks running when the plan refused a start (code 10118),
   * raised again one step at a time as starts beyond it succeed.
   *
   * @param concurrency the effective concurrency now
   */
  default void onConcurrencyChanged(int concurrency) {
  }

  /**
   * When the batch ends (stopped by a long outage, timed out, cancelled) with a start it could not settle: the
   * API did not answer it, and the task list could not tell whether a task was created. The input was not
   * started again; a rerun finds out before starting it.
   *
   * @param input the input
   * @param reason why
   */
  default void onUnresolved(BatchInput input, String reason) {
  }

  /**
   * A request of the batch failed and will be tried again; the batch carries on.
   *
   * @param error the failure
   */
  default void onTransientFailure(Throwable error) {
  }

  /**
   * The batch is over: its summary, or what ended it without one (its journal or results file failed, say).
   * Called once, on the batch's thread, before {@link BatchRun#summary()} completes.
   *
   * @param summary the summary, or null when the batch failed
   * @param failure what the batch failed with, or null when it has a summary
   */
  default void onEnd(BatchSummary summary, Throwable failure) {
  }
}
