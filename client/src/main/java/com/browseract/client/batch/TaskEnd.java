package com.browseract.client.batch;

import com.browseract.client.errors.ApiException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskFailure;
import com.browseract.client.model.TaskOutput;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskSummary;
import java.time.Duration;
import java.time.OffsetDateTime;

/** How a task ended, from a list item or a full task: what goes into the {@code ended} record. */
final class TaskEnd {
  final String status;
  final String output;
  final Long credits;
  final Integer failureCode;
  final String failureMessage;
  final Duration ran;
  final boolean hasFiles;
  /** True when the API no longer knows the task: it is not retried, its input has this as its result. */
  final boolean lost;

  private TaskEnd(String status, Integer failureCode, String failureMessage) {
    this.status = status;
    this.output = null;
    this.credits = null;
    this.failureCode = failureCode;
    this.failureMessage = failureMessage;
    this.ran = null;
    this.hasFiles = false;
    this.lost = true;
  }

  private TaskEnd(TaskStatus status, TaskOutput output, Long credits, TaskFailure failure, OffsetDateTime created,
      OffsetDateTime finished) {
    this.status = status.getValue();
    this.output = output == null ? null : output.getString();
    this.hasFiles = output != null && output.getFiles() != null && !output.getFiles().isEmpty();
    this.credits = credits;
    this.failureCode = failure == null ? null : failure.getCode();
    this.failureMessage = failure == null ? null : failure.getMessage();
    this.ran = created == null || finished == null ? null : Duration.between(created, finished);
    this.lost = false;
  }

  static TaskEnd lost(ApiException notFound) {
    return new TaskEnd("failed", notFound.code(), "the API no longer knows this task: " + notFound.getMessage());
  }

  static boolean isEnd(TaskStatus status) {
    return status == TaskStatus.FINISHED || status == TaskStatus.FAILED || status == TaskStatus.CANCELED;
  }

  static TaskEnd of(TaskSummary task) {
    return new TaskEnd(task.getStatus(), task.getOutput(), task.getCredit(), task.getTaskFailureInfo(),
        task.getCreatedAt(), task.getFinishedAt());
  }

  static TaskEnd of(Task task) {
    return new TaskEnd(task.getStatus(), task.getOutput(), task.getCredit(), task.getTaskFailureInfo(),
        task.getCreatedAt(), task.getFinishedAt());
  }
}
