package com.browseract.client.errors;

import com.browseract.client.model.Task;
import com.browseract.client.model.TaskFailure;

/**
 * A waited-for task ended with status {@code failed}.
 *
 * <p>{@link #task()} is the full task as fetched after it failed; {@link #failureInfo()} says why.
 */
public final class TaskFailedException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final transient Task task;

  /** @param task the task as read after it failed */
  public TaskFailedException(Task task) {
    super(describe(task), null);
    this.task = task;
  }

  private static String describe(Task task) {
    TaskFailure info = task.getTaskFailureInfo();
    String reason = info == null ? "no failure details given"
        : "code " + info.getCode() + ", " + ErrorDetails.oneLine(String.valueOf(info.getMessage()));
    return "Task " + task.getId() + " failed: " + reason;
  }

  /** @return the task as it was when it failed */
  public Task task() {
    return task;
  }

  /** @return the failure details the API gave, or null when it gave none */
  public TaskFailure failureInfo() {
    return task == null ? null : task.getTaskFailureInfo();
  }
}
