package com.browseract.client.batch;

import java.util.concurrent.CompletableFuture;

/**
 * A batch that is running on its own thread. {@link #summary()} completes when it is over; {@link #cancel()}
 * stops it starting tasks.
 */
public final class BatchRun {
  private final BatchEngine engine;
  private final CompletableFuture<BatchSummary> summary;

  BatchRun(BatchEngine engine, CompletableFuture<BatchSummary> summary) {
    this.engine = engine;
    this.summary = summary;
  }

  /**
   * The summary, once the batch is over: every input done, the timeout reached, cancelled, or stopped by a
   * failure no retry mends ({@link BatchSummary#stoppedBy()}). The future fails only when the batch could not run
   * at all: a malformed input ({@link BatchInputException}), a journal that cannot be read or written
   * ({@link java.io.UncheckedIOException}), or a journal of another batch ({@link IllegalArgumentException}).
   *
   * @return the summary's future; cancelling it does not cancel the batch, {@link #cancel()} does
   */
  public CompletableFuture<BatchSummary> summary() {
    return summary.thenApply(s -> s);
  }

  /** @return where the batch stands now */
  public BatchSummary progress() {
    return engine.progress();
  }

  /**
   * Stops starting tasks. The journal stays consistent: each record was synced before its effect. Running tasks
   * keep running (a rerun with the same journal waits for them), unless
   * {@link BatchOptions.Builder#stopOnCancel(boolean)} asked to stop them. Returns at once; the summary completes
   * when the batch's thread is done.
   */
  public void cancel() {
    engine.cancel();
  }
}
