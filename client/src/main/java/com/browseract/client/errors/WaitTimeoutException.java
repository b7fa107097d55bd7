package com.browseract.client.errors;

import com.browseract.client.model.TaskStatus;
import java.time.Duration;

/**
 * Waiting for a task took longer than {@link com.browseract.client.WaitOptions#timeout()}, or its polls kept failing longer than
 * {@link com.browseract.client.WaitOptions#failureTolerance()}. The task itself keeps running. When the API was failing at the end, the
 * last error is the {@linkplain #getCause() cause}.
 */
public final class WaitTimeoutException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final String taskId;
  private final TaskStatus lastStatus;
  private final Duration waited;

  /**
   * @param taskId the task waited for
   * @param lastStatus the last status seen, or null
   * @param waited how long the wait lasted
   * @param lastError the error of the last poll when the API was failing at the end, else null
   * @param failingFor how long the API had been failing
   */
  public WaitTimeoutException(String taskId, TaskStatus lastStatus, Duration waited, BrowserActException lastError,
      Duration failingFor) {
    super("Task " + taskId + (lastStatus == null ? "'s status could not be read" : " was still " + lastStatus)
        + " after waiting " + waited.toMillis()
        + " ms; the task keeps running" + (lastError == null ? "" : ". The API had been failing for "
        + failingFor.toSeconds() + " s: " + lastError.getMessage()), lastError);
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

  /** @return true when the wait ended while the API was failing ({@link #getCause()} holds the last error) */
  public boolean apiWasFailing() {
    return getCause() != null;
  }

  /** @return how long the wait lasted */
  public Duration waited() {
    return waited;
  }
}
