package com.browseract.client;

import com.browseract.client.model.TaskStatus;
import java.time.Duration;

/**
 * Waiting for a task took longer than {@link WaitOptions#timeout()}. The task itself keeps running.
 */
public final class WaitTimeoutException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final String taskId;
  private final TaskStatus lastStatus;
  private final Duration waited;

  WaitTimeoutException(String taskId, TaskStatus lastStatus, Duration waited) {
    super("Task " + taskId + " was still " + lastStatus + " after waiting " + waited.toMillis()
        + " ms; the task keeps running", null);
    this.taskId = taskId;
    this.lastStatus = lastStatus;
    this.waited = waited;
  }

  /** @return the id of the task that was waited for */
  public String taskId() {
    return taskId;
  }

  /** @return the last status seen, or null when no status was read */
  public TaskStatus lastStatus() {
    return lastStatus;
  }

  /** @return how long the wait lasted */
  public Duration waited() {
    return waited;
  }
}
