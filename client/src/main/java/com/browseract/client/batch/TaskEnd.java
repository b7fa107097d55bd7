package com.browseract.client.batch;

import com.browseract.client.errors.ApiException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskFailure;
import com.browseract.client.model.TaskOutput;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskSummary;
import com.browseract.client.v3.model.RunFailure;
import com.browseract.client.v3.model.Run;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.time.Duration;
import java.time.OffsetDateTime;

/** How a task ended, from a list item or a full task: what goes into the {@code ended} record. */
final class TaskEnd {
  private static final JsonAdapter<Object> OUTPUT = new Moshi.Builder().build().adapter(Object.class);

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
    this(status.getValue(), output == null ? null : output.getString(),
        output != null && output.getFiles() != null && !output.getFiles().isEmpty(), credits,
        failure == null ? null : failure.getCode(), failure == null ? null : failure.getMessage(), created, finished);
  }

  private TaskEnd(String status, String output, boolean hasFiles, Long credits, Integer failureCode,
      String failureMessage, OffsetDateTime created, OffsetDateTime finished) {
    this.status = status;
    this.output = output;
    this.hasFiles = hasFiles;
    this.credits = credits;
    this.failureCode = failureCode;
    this.failureMessage = failureMessage;
    this.ran = created == null || finished == null ? null : Duration.between(created, finished);
    this.lost = false;
  }

  /** A v3 run's end, from its detail; its output, any JSON value, is kept as JSON text, as v2's output string is. */
  static TaskEnd of(Run run) {
    boolean hasFiles = run.getDownloadFiles() != null && !run.getDownloadFiles().isEmpty()
        || run.getOutputFiles() != null && !run.getOutputFiles().isEmpty();
    Object output = run.getOutput();
    RunFailure failure = run.getTaskFailureInfo();
    return new TaskEnd(run.getStatus().getValue(), output == null ? null : OUTPUT.toJson(output), hasFiles,
        run.getCredit(), failure == null ? null : failure.getCode(), failure == null ? null : failure.getMessage(),
        run.getCreatedAt(), run.getFinishedAt());
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
