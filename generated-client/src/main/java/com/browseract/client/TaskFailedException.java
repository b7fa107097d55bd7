package com.browseract.client;

import com.browseract.client.model.TaskFailureInfo;
import com.browseract.client.model.WorkflowTaskResponse;

/**
 * A waited-for task ended with status {@code failed}.
 *
 * <p>{@link #task()} is the full task as fetched after it failed; {@link #failureInfo()} says why.
 */
public final class TaskFailedException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final transient WorkflowTaskResponse task;

  TaskFailedException(WorkflowTaskResponse task) {
    super(describe(task), null);
    this.task = task;
  }

  private static String describe(WorkflowTaskResponse task) {
    TaskFailureInfo info = task.getTaskFailureInfo();
    String reason = info == null ? "no failure details given"
        : "code " + info.getCode() + ", " + ErrorDetails.oneLine(String.valueOf(info.getMessage()));
    return "Task " + task.getId() + " failed: " + reason;
  }

  /** @return the task as it was when it failed */
  public WorkflowTaskResponse task() {
    return task;
  }

  /** @return the failure details the API gave, or null when it gave none */
  public TaskFailureInfo failureInfo() {
    return task == null ? null : task.getTaskFailureInfo();
  }
}
