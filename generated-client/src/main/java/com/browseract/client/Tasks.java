package com.browseract.client;

import com.browseract.client.api.TasksApi;
import com.browseract.client.model.PageRespWorkflowTaskSimpleResponse;
import com.browseract.client.model.RunWorkflowTaskRequest;
import com.browseract.client.model.RunWorkflowTemplateTaskRequest;
import com.browseract.client.model.TaskCreatedResponse;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStatusResponse;
import com.browseract.client.model.WorkflowTaskResponse;
import com.browseract.client.model.WorkflowTaskSimpleResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Operations on tasks: start one from a workflow or a template, read it, list, stop, resume, and wait for it
 * to end.
 *
 * <p>Starting a task is never resent after the request may have reached the server (a 5xx answer or a read
 * timeout), since that could start a second task; reads, stop and resume are retried as configured.
 */
public final class Tasks implements TaskPoller {
  private final Transport transport;
  private final TasksApi reads;
  private final TasksApi creates;
  private final TaskWaiter waiter;

  Tasks(Transport transport, TasksApi reads, TasksApi creates, TaskWaiter waiter) {
    this.transport = transport;
    this.reads = reads;
    this.creates = creates;
    this.waiter = waiter;
  }

  /**
   * Starts a task from a workflow ({@code POST /v2/workflow/run-task}).
   *
   * @param request what to run; {@code workflow_id} is required
   * @return the new task's id (and its profile id when browser data is kept, whichever spelling the API used)
   * @throws IllegalArgumentException when the request is invalid; nothing is sent
   * @throws ConcurrencyLimitException when the plan already runs as many tasks as it allows; no task was created
   * @throws InvalidResponseException when the answer carries no task id
   */
  public TaskCreatedResponse run(RunWorkflowTaskRequest request) {
    checkRun(request);
    return transport.execute(Operation.RUN_TASK, () -> creates.runTask(request), Tasks::missingId);
  }

  /**
   * Asynchronous form of {@link #run(RunWorkflowTaskRequest)}.
   *
   * @param request what to run
   * @return the new task, or a future failed with a {@link BrowserActException}
   */
  public CompletableFuture<TaskCreatedResponse> runAsync(RunWorkflowTaskRequest request) {
    checkRun(request);
    return transport.executeAsync(Operation.RUN_TASK, () -> creates.runTask(request), Tasks::missingId);
  }

  /**
   * Starts a task from an official template ({@code POST /v2/workflow/run-task-by-template}).
   *
   * @param request what to run; {@code workflow_template_id} is required
   * @return the new task's id
   * @throws IllegalArgumentException when the request is invalid; nothing is sent
   * @throws ConcurrencyLimitException when the plan already runs as many tasks as it allows; no task was created
   * @throws InvalidResponseException when the answer carries no task id
   */
  public TaskCreatedResponse runTemplate(RunWorkflowTemplateTaskRequest request) {
    checkRunTemplate(request);
    return transport.execute(Operation.RUN_TEMPLATE_TASK, () -> creates.runTemplateTask(request), Tasks::missingId);
  }

  /**
   * Asynchronous form of {@link #runTemplate(RunWorkflowTemplateTaskRequest)}.
   *
   * @param request what to run
   * @return the new task
   */
  public CompletableFuture<TaskCreatedResponse> runTemplateAsync(RunWorkflowTemplateTaskRequest request) {
    checkRunTemplate(request);
    return transport.executeAsync(Operation.RUN_TEMPLATE_TASK, () -> creates.runTemplateTask(request),
        Tasks::missingId);
  }

  /**
   * Reads a task in full: status, steps, output, files, failure ({@code GET /v2/workflow/get-task}).
   *
   * @param taskId the task
   * @return the task
   */
  @Override
  public WorkflowTaskResponse get(String taskId) {
    Validation.requireId("taskId", taskId);
    return transport.execute(Operation.GET_TASK, () -> reads.getTask(taskId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param taskId the task
   * @return the task
   */
  @Override
  public CompletableFuture<WorkflowTaskResponse> getAsync(String taskId) {
    Validation.requireId("taskId", taskId);
    return transport.executeAsync(Operation.GET_TASK, () -> reads.getTask(taskId));
  }

  /**
   * Reads only a task's status, the cheap call for polling ({@code GET /v2/workflow/get-task-status}).
   *
   * @param taskId the task
   * @return the status; {@link TaskStatus#UNKNOWN} for a value this SDK does not know
   */
  @Override
  public TaskStatus status(String taskId) {
    Validation.requireId("taskId", taskId);
    return statusOf(transport.execute(Operation.GET_TASK_STATUS, () -> reads.getTaskStatus(taskId)));
  }

  /**
   * Asynchronous form of {@link #status(String)}.
   *
   * @param taskId the task
   * @return the status
   */
  @Override
  public CompletableFuture<TaskStatus> statusAsync(String taskId) {
    Validation.requireId("taskId", taskId);
    return transport.executeAsync(Operation.GET_TASK_STATUS, () -> reads.getTaskStatus(taskId))
        .thenApply(Tasks::statusOf);
  }

  private static String missingId(TaskCreatedResponse created) {
    return created == null || created.getId() == null || created.getId().isBlank()
        ? "the answer carries no task id" : null;
  }

  private static TaskStatus statusOf(TaskStatusResponse response) {
    return response == null || response.getStatus() == null ? TaskStatus.UNKNOWN : response.getStatus();
  }

  /**
   * Lists one page of tasks ({@code GET /v2/workflow/list-tasks}).
   *
   * @param request filters and paging
   * @return the page
   */
  public Page<WorkflowTaskSimpleResponse> list(ListTasksRequest request) {
    Validation.requireNonNull("request", request);
    return toPage(transport.execute(Operation.PAGE_TASKS, () -> reads.pageTasks(request.status(), request.page(),
        request.limit(), request.workflowId())));
  }

  /**
   * Asynchronous form of {@link #list(ListTasksRequest)}.
   *
   * @param request filters and paging
   * @return the page
   */
  public CompletableFuture<Page<WorkflowTaskSimpleResponse>> listAsync(ListTasksRequest request) {
    Validation.requireNonNull("request", request);
    return transport.executeAsync(Operation.PAGE_TASKS, () -> reads.pageTasks(request.status(), request.page(),
        request.limit(), request.workflowId())).thenApply(Tasks::toPage);
  }

  /**
   * All tasks matching the filters, fetched page by page as iteration goes; the request's page is ignored.
   *
   * @param request filters and page size
   * @return a lazy iterable
   */
  public PagedIterable<WorkflowTaskSimpleResponse> listAll(ListTasksRequest request) {
    Validation.requireNonNull("request", request);
    return new PagedIterable<>(page -> list(request.toBuilder().page(page).build()));
  }

  private static Page<WorkflowTaskSimpleResponse> toPage(PageRespWorkflowTaskSimpleResponse r) {
    return new Page<>(r.getItems(), r.getPage(), r.getLimit(), r.getTotalPages(), r.getTotalCount());
  }

  /**
   * Cancels a task ({@code PUT /v2/workflow/stop-task}). Safe to repeat: a task that has already ended is not an
   * error (the real API answers it with code 10121, {@code Task has completed.}).
   *
   * @param taskId the task
   * @return {@link StopOutcome#STOPPED}, or {@link StopOutcome#ALREADY_ENDED} when there was nothing to stop
   * @throws NotFoundException when no task has this id
   */
  public StopOutcome stop(String taskId) {
    return stop(taskId, null);
  }

  /**
   * Cancels a task, recording a code of the caller's choosing with it.
   *
   * @param taskId the task
   * @param bizCode a number for the caller's own tracking, or null
   * @return what the call did
   */
  public StopOutcome stop(String taskId, Integer bizCode) {
    Validation.requireId("taskId", taskId);
    try {
      transport.execute(Operation.STOP_TASK, () -> reads.stopTask(taskId, bizCode));
      return StopOutcome.STOPPED;
    } catch (ApiException e) {
      return alreadyEndedOrRethrow(e);
    }
  }

  /**
   * Asynchronous form of {@link #stop(String)}.
   *
   * @param taskId the task
   * @return what the call did, once the API answered
   */
  @Override
  public CompletableFuture<StopOutcome> stopAsync(String taskId) {
    return stopAsync(taskId, null);
  }

  /**
   * Asynchronous form of {@link #stop(String, Integer)}.
   *
   * @param taskId the task
   * @param bizCode a number for the caller's own tracking, or null
   * @return what the call did, once the API answered
   */
  public CompletableFuture<StopOutcome> stopAsync(String taskId, Integer bizCode) {
    Validation.requireId("taskId", taskId);
    return transport.executeAsync(Operation.STOP_TASK, () -> reads.stopTask(taskId, bizCode)).handle((ok, error) -> {
      if (error == null) {
        return StopOutcome.STOPPED;
      }
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (cause instanceof ApiException) {
        return alreadyEndedOrRethrow((ApiException) cause);
      }
      throw error instanceof CompletionException ? (CompletionException) error : new CompletionException(error);
    });
  }

  /** 10121 on stop means the task had already ended: the caller's goal, a task that no longer runs, is met. */
  private static StopOutcome alreadyEndedOrRethrow(ApiException e) {
    if (e.code() != null && e.code() == StopOutcome.TASK_HAS_COMPLETED) {
      return StopOutcome.ALREADY_ENDED;
    }
    throw e;
  }

  /**
   * Resumes a paused task ({@code PUT /v2/workflow/resume-task}).
   *
   * @param taskId the task
   * @throws InvalidRequestException when the task is not paused (the real API's code 10127)
   * @throws NotFoundException when no task has this id
   */
  public void resume(String taskId) {
    Validation.requireId("taskId", taskId);
    transport.execute(Operation.RESUME_TASK, () -> reads.resumeTask(taskId));
  }

  /**
   * Asynchronous form of {@link #resume(String)}.
   *
   * @param taskId the task
   * @return completes when the API confirmed
   */
  public CompletableFuture<Void> resumeAsync(String taskId) {
    Validation.requireId("taskId", taskId);
    return transport.executeAsync(Operation.RESUME_TASK, () -> reads.resumeTask(taskId));
  }

  /**
   * Waits until a task is finished, failed or canceled, polling its status with backoff, then returns the full
   * task. Paused, pausing, unknown and unrecognised statuses keep the wait going.
   *
   * @param taskId the task
   * @param options backoff, timeout and listener
   * @return the finished task (or canceled task, when the options ask for it)
   * @throws TaskFailedException when the task failed
   * @throws TaskCanceledException when the task was canceled
   * @throws WaitTimeoutException when the options' timeout passed first
   */
  public WorkflowTaskResponse waitFor(String taskId, WaitOptions options) {
    Validation.requireId("taskId", taskId);
    Validation.requireNonNull("options", options);
    return waiter.await(this, taskId, options);
  }

  /**
   * Asynchronous form of {@link #waitFor(String, WaitOptions)}. No thread is held between polls. Cancelling
   * the future stops polling and, when {@link WaitOptions#stopTaskOnCancel()} is set, stops the task.
   *
   * @param taskId the task
   * @param options backoff, timeout and listener
   * @return the ended task, or a future failed with one of the exceptions of the synchronous form
   */
  public CompletableFuture<WorkflowTaskResponse> waitForAsync(String taskId, WaitOptions options) {
    Validation.requireId("taskId", taskId);
    Validation.requireNonNull("options", options);
    return waiter.awaitAsync(this, taskId, options);
  }

  /**
   * Starts a task and waits for it to end.
   *
   * @param request what to run
   * @param options how to wait
   * @return the ended task
   */
  public WorkflowTaskResponse runAndWait(RunWorkflowTaskRequest request, WaitOptions options) {
    Validation.requireNonNull("options", options);
    return waitFor(run(request).getId(), options);
  }

  /**
   * Asynchronous form of {@link #runAndWait(RunWorkflowTaskRequest, WaitOptions)}.
   *
   * @param request what to run
   * @param options how to wait
   * @return the ended task
   */
  public CompletableFuture<WorkflowTaskResponse> runAndWaitAsync(RunWorkflowTaskRequest request,
      WaitOptions options) {
    Validation.requireNonNull("options", options);
    return runAsync(request).thenCompose(created -> waitForAsync(created.getId(), options));
  }

  private static void checkRun(RunWorkflowTaskRequest request) {
    Validation.requireNonNull("request", request);
    Validation.requireId("workflow_id", request.getWorkflowId());
    Validation.callbackUrl("callback_url", request.getCallbackUrl());
    Validation.callbackUrl("status_change_callback_url", request.getStatusChangeCallbackUrl());
  }

  private static void checkRunTemplate(RunWorkflowTemplateTaskRequest request) {
    Validation.requireNonNull("request", request);
    Validation.requireId("workflow_template_id", request.getWorkflowTemplateId());
    Validation.callbackUrl("callback_url", request.getCallbackUrl());
    Validation.callbackUrl("status_change_callback_url", request.getStatusChangeCallbackUrl());
  }
}
