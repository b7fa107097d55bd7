package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import java.util.List;

/**
 * v2's dialect of the wait engine: the calls a wait makes on tasks ({@link Tasks} provides them, tests may script
 * them) and how a {@link Task} reads.
 */
interface TaskPoller extends WaitDialect<Task> {
  @Override
  default Operation statusOperation() {
    return Operation.GET_TASK_STATUS;
  }

  @Override
  default Operation detailOperation() {
    return Operation.GET_TASK;
  }

  @Override
  default TaskStatus statusOf(Task task) {
    return task.getStatus();
  }

  @Override
  default List<TaskStep> stepsOf(Task task) {
    return task.getSteps();
  }

  @Override
  default BrowserActException failed(Task task) {
    return new TaskFailedException(task);
  }

  @Override
  default BrowserActException canceled(Task task) {
    return new TaskCanceledException(task);
  }
}
