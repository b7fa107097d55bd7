package com.browseract.client.errors;

import com.browseract.client.model.Task;

/**
 * A waited-for task ended with status {@code canceled}.
 *
 * <p>Set {@link com.browseract.client.WaitOptions.Builder#returnCanceledTask(boolean)} to get the task back instead.
 */
public final class TaskCanceledException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final transient Task task;

  /** @param task the task as read after it was canceled */
  public TaskCanceledException(Task task) {
    super("Task " + task.getId() + " was canceled", null);
    this.task = task;
  }

  /** @return the task as it was when it was canceled */
  public Task task() {
    return task;
  }
}
