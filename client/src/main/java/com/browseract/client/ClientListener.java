package com.browseract.client;

import com.browseract.client.batch.BatchListener;
import com.browseract.client.batch.BatchTarget;

/**
 * Hears everything a client does, for metrics, tracing or logging of your own: each API call (with its attempts and
 * retry waits), each wait for a task, each batch. Registered once on the client's settings
 * ({@link ClientConfig.Builder#addListener(ClientListener)}), it sees the calls of every view of that client.
 *
 * <p>Each method is called when something begins and returns what hears the rest of it, so that an implementation
 * can keep per-call state (a span, a start time) in the object it returns. Every method defaults to hearing nothing.
 * Methods are called on the thread that starts the call, wait or batch; what they return is called on the client's
 * threads: keep them quick. An exception thrown by a listener is logged (with its stack trace the first time) and
 * never changes the call.
 *
 * <pre>{@code
 * BrowserAct browserAct = BrowserAct.builder().fromEnv().addListener(new ClientListener() {
 *   public CallListener onCallStart(String operation) {
 *     return new CallListener() {
 *       public void onEnd(int attempts, Duration duration, Throwable failure) {
 *         metrics.record(operation, attempts, duration, failure == null);
 *       }
 *     };
 *   }
 * }).build();
 * }</pre>
 */
public interface ClientListener {
  /** A listener that hears nothing. */
  ClientListener NONE = new ClientListener() {
  };

  /**
   * An API call begins (before its first attempt).
   *
   * @param operation the operationId, such as {@code getTask}
   * @return what hears its attempts, retry waits and end; {@link CallListener#NONE} for nothing
   */
  default CallListener onCallStart(String operation) {
    return CallListener.NONE;
  }

  /**
   * A wait for a task begins ({@code waitFor}, {@code runAndWait} and their asynchronous forms).
   *
   * @param taskId the task waited for
   * @return what hears the wait's progress and its end ({@link TaskListener#onWaitEnd(WaitSummary)}), or null for
   *     nothing; its {@link TaskListener#wantsSteps()} is not asked: only the wait's own listener decides that
   */
  default TaskListener onWaitStart(String taskId) {
    return null;
  }

  /**
   * A batch begins ({@link com.browseract.client.batch.Batches#run}).
   *
   * @param target what the batch runs
   * @return what hears the batch, its end ({@link BatchListener#onEnd}) included; {@link BatchListener#NONE} for
   *     nothing
   */
  default BatchListener onBatchStart(BatchTarget target) {
    return BatchListener.NONE;
  }
}
