package com.browseract.client.errors;

import com.browseract.client.model.Task;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunFailure;
import com.browseract.client.model.TaskFailure;

/**
 * A waited-for task (v2) or run (v3) ended with status {@code failed}.
 *
 * <p>{@link #task()} (v2) or {@link #run()} (v3) is the full detail as fetched after it failed; its
 * {@code task_failure_info} says why.
 */
public final class TaskFailedException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final transient Task task;
  private final transient Run run;

  /** @param task the task as read after it failed */
  public TaskFailedException(Task task) {
    super(describe(task), null);
    this.task = task;
    this.run = null;
  }

  /** @param run the v3 run as read after it failed */
  public TaskFailedException(Run run) {
    super(describe(run), null);
    this.task = null;
    this.run = run;
  }

  private static String describe(Run run) {
    RunFailure info = run.getTaskFailureInfo();
    String reason = info == null ? "no failure details given"
        : "code " + info.getCode() + ", " + ErrorDetails.oneLine(String.valueOf(info.getMessage()));
    return "Run " + run.getTaskId() + " failed: " + reason;
  }

  private static String describe(Task task) {
    TaskFailure info = task.getTaskFailureInfo();
    String reason = info == null ? "no failure details given"
        : "code " + info.getCode() + ", " + ErrorDetails.oneLine(String.valueOf(info.getMessage()));
    return "Task " + task.getId() + " failed: " + reason;
  }

  /** @return the v3 run as it was when it failed, or null for a v2 task */
  public Run run() {
    return run;
  }

  /** @return the id of the task or run that failed */
  public String taskId() {
    return task != null ? task.getId() : run.getTaskId();
  }

  /** @return the v2 task as it was when it failed, or null for a v3 run */
  public Task task() {
    return task;
  }

  /** @return the failure details the API gave for a v2 task, or null when it gave none (see {@link #run()}) */
  public TaskFailure failureInfo() {
    return task == null ? null : task.getTaskFailureInfo();
  }
}
