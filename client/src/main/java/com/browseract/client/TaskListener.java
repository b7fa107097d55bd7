package com.browseract.client;

import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;

/**
 * Hears the progress of a task being waited for. Both methods default to doing nothing.
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

  /** @return true to be told of each new step (costs a full get-task per poll) */
  default boolean wantsSteps() {
    return false;
  }
}
