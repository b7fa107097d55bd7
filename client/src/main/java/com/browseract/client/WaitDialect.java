package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the one wait engine ({@link TaskWaiter}, {@link WaitProgress}) needs of an API version: its status and detail
 * reads, its cancel, and how to read a detail. v2's tasks ({@link TaskPoller}) and v3's runs ({@link Runs}) each
 * give one; each call is sent once and cut off at the wait's {@code deadline}.
 *
 * <p>Statuses are told to the engine in v2's words: v3's statuses are the same seven, without v2's
 * {@code unknown}, so listeners hear one vocabulary whichever API they wait on.
 *
 * @param <D> the full detail the wait returns ({@code Task}, {@code Run})
 */
interface WaitDialect<D> {
  /** The call a status poll makes, for the engine's outage bookkeeping. */
  Operation statusOperation();

  /** The call a detail read makes. */
  Operation detailOperation();

  TaskStatus status(String id, Instant deadline);

  D get(String id, Instant deadline);

  CompletableFuture<TaskStatus> statusAsync(String id, Instant deadline);

  CompletableFuture<D> getAsync(String id, Instant deadline);

  CompletableFuture<StopOutcome> stopAsync(String id);

  /** The status a detail carries, or null. */
  TaskStatus statusOf(D detail);

  /** The steps a detail carries, or null. */
  List<TaskStep> stepsOf(D detail);

  /** What a wait throws for a detail that ended {@code failed}. */
  BrowserActException failed(D detail);

  /** What a wait throws for a detail that ended {@code canceled} (unless the caller wants it back). */
  BrowserActException canceled(D detail);
}
