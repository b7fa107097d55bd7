package com.browseract.client;

import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The calls a wait makes; {@link Tasks} provides them, tests may script them. Each is sent once and cut off at the
 * wait's {@code deadline}.
 */
interface TaskPoller {
  TaskStatus status(String taskId, Instant deadline);

  Task get(String taskId, Instant deadline);

  CompletableFuture<TaskStatus> statusAsync(String taskId, Instant deadline);

  CompletableFuture<Task> getAsync(String taskId, Instant deadline);

  CompletableFuture<StopOutcome> stopAsync(String taskId);
}
