package com.browseract.client;

import com.browseract.client.model.WorkflowTaskResponse;

/**
 * A waited-for task ended with status {@code canceled}.
 *
 * <p>Set {@link WaitOptions.Builder#returnCanceledTask(boolean)} to get the task back instead.
 */
public final class TaskCanceledException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final transient WorkflowTaskResponse task;

  TaskCanceledException(WorkflowTaskResponse task) {
    super("Task " + task.getId() + " was canceled", null);
    this.task = task;
  }

  /** @return the task as it was when it was canceled */
  public WorkflowTaskResponse task() {
    return task;
  }
}
