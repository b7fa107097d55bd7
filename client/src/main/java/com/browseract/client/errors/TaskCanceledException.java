package com.browseract.client.errors;

import com.browseract.client.model.Task;
import com.browseract.client.v3.model.Run;

/**
 * A waited-for task (v2) or run (v3) ended with status {@code canceled}.
 *
 * <p>Set {@link com.browseract.client.WaitOptions.Builder#returnCanceledTask(boolean)} to get the task back instead.
 */
public final class TaskCanceledException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final transient Task task;
  private final transient Run run;

  /** @param task the task as read after it was canceled */
  public TaskCanceledException(Task task) {
    super("Task " + task.getId() + " was canceled", null);
    this.task = task;
    this.run = null;
  }

  /** @param run the v3 run as read after it was canceled */
  public TaskCanceledException(Run run) {
    super("Run " + run.getTaskId() + " was canceled", null);
    this.task = null;
    this.run = run;
  }

  /** @return the v3 run as it was when it was canceled, or null for a v2 task */
  public Run run() {
    return run;
  }

  /** @return the id of the task or run */
  public String taskId() {
    return task != null ? task.getId() : run.getTaskId();
  }

  /** @return the v2 task as it was when it was canceled, or null for a v3 run */
  public Task task() {
    return task;
  }
}
