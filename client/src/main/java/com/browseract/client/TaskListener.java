package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;

/**
 * Hears the progress of a task being waited for: status changes, new steps, failed polls and recovery, a failed
 * stop after a cancel. Every method defaults to doing nothing.
 *
 * <p>Callbacks run on the waiting thread (synchronous waits) or on the client's scheduler or HTTP threads
 * (asynchronous waits): keep them short.
 */
public interface TaskListener {
  /**
   * The task's status changed, or was seen for the first time.
   *
   * @param taskId the task
   * @param previous the status seen before, or null on the first poll
   * @param current the status now
   */
  default void onStatusChange(String taskId, TaskStatus previous, TaskStatus current) {
  }

  /**
   * A step not seen before. Called only when {@link #wantsSteps()} is true, which makes the wait poll the
   * full task instead of its status alone.
   *
   * @param taskId the task
   * @param step the new step
   */
  default void onStep(String taskId, TaskStep step) {
  }

  /**
   * A poll failed with an error that may heal ({@link com.browseract.client.errors.ErrorKind#mayHeal()}: a 5xx, a
   * 408 or 429, no answer, an unreadable answer that does not yet break the contract): the wait goes on,
   * polling on its backoff schedule, until the task ends or the wait's deadline passes. Called for each failed
   * poll of an outage.
   *
   * @param taskId the task
   * @param error what the poll failed with
   * @param failingSince when the first poll of this outage failed
   */
  default void onPollFailed(String taskId, BrowserActException error, java.time.Instant failingSince) {
  }

  /**
   * A call that had failed during this outage was answered again (another call answering meanwhile, a status poll
   * between two failing reads of the task, is no recovery).
   *
   * @param taskId the task
   * @param downtime how long the polls had been failing
   */
  default void onPollRecovered(String taskId, java.time.Duration downtime) {
  }

  /**
   * Stopping the task after an asynchronous wait was cancelled ({@link WaitOptions#stopTaskOnCancel()}) failed:
   * the task may still be running. The SDK also logs it.
   *
   * @param taskId the task
   * @param error why the stop failed
   */
  default void onStopFailed(String taskId, Throwable error) {
  }

  /**
   * The wait is over, however it ended: the task's end, a timeout, a failure, or the caller giving up. Called once,
   * after everything else, on the thread that ends the wait. An exception thrown here is logged, not thrown.
   *
   * @param summary the outcome, duration and number of polls of the wait
   */
  default void onWaitEnd(WaitSummary summary) {
  }

  /**
   * How often a wait may read the full task to find new steps, when {@link #wantsSteps()}: the status is still
   * polled on the normal schedule, the (far larger) full task at most this often, and once more at the end.
   *
   * @return the least time between two full reads; zero (the default) for every poll
   */
  default java.time.Duration stepsEvery() {
    return java.time.Duration.ZERO;
  }

  /** @return true to be told of each new step (costs a full get-task, at most every {@link #stepsEvery()}) */
  default boolean wantsSteps() {
    return false;
  }
}
