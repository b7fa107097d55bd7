package com.browseract.client;

import com.browseract.client.model.Task;

/**
 * A waited-for task ended with status {@code canceled}.
 *
 * <p>Set {@link WaitOptions.Builder#returnCanceledTask(boolean)} to get the task back instead.
 */
public final class TaskCanceledException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final transient Task task;

  TaskCanceledException(Task task) {
    super("Task " + task.getId() + " was canceled", null);
    this.task = task;
  }

  /** @return the task as it was when it was canceled */
  public Task task() {
    return task;
  }
}
