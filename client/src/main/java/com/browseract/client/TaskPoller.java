package com.browseract.client;

import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.Task;
import java.util.concurrent.CompletableFuture;

/** The calls a wait makes; {@link Tasks} provides them, tests may script them. */
interface TaskPoller {
  TaskStatus status(String taskId);

  Task get(String taskId);

  CompletableFuture<TaskStatus> statusAsync(String taskId);

  CompletableFuture<Task> getAsync(String taskId);

  CompletableFuture<StopOutcome> stopAsync(String taskId);
}
