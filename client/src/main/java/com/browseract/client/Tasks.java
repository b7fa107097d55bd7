package com.browseract.client;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.BusinessCode;
import com.browseract.client.errors.ConcurrencyLimitException;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.errors.WaitTimeoutException;
import com.browseract.client.internal.api.TasksApi;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.RunTemplateTaskRequest;
import com.browseract.client.model.StartedTask;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStatusResult;
import com.browseract.client.model.TaskSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Operations on tasks: start one from a workflow or a template, read it, list, stop, resume, and wait for it
 * to end. Every operation has a synchronous form and an {@code ...Async} form that returns a
 * {@link CompletableFuture}; both check their arguments before anything is sent.
 *
 * <p>Starting a task is never resent after the request may have reached the server (a 5xx answer or a read
 * timeout), since that could start a second task; reads, stop and resume are retried as configured.
 */
public final class Tasks {
  private final Transport transport;
  private final TasksApi reads;
  private final TasksApi creates;
  private final TaskWaiter waiter;
  /**
   * The calls a wait makes. Each poll is sent once: the wait itself decides, on its own schedule and deadline, what
   * a failed poll means, so the client's retries inside a poll would only push the wait past its deadline.
   */
  private final TaskPoller polls = new TaskPoller() {
    @Override
    public TaskStatus status(String taskId, Instant deadline) {
      return transport.execute(statusCall(taskId).once().until(deadline));
    }

    @Override
    public Task get(String taskId, Instant deadline) {
      return transport.execute(getCall(taskId).once().until(deadline));
    }

    @Override
    public CompletableFuture<TaskStatus> statusAsync(String taskId, Instant deadline) {
      return transport.executeAsync(statusCall(taskId).once().until(deadline));
    }

    @Override
    public CompletableFuture<Task> getAsync(String taskId, Instant deadline) {
      return transport.executeAsync(getCall(taskId).once().until(deadline));
    }

    @Override
    public CompletableFuture<StopOutcome> stopAsync(String taskId) {
      return Tasks.this.stopAsync(taskId);
    }
  };

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
  public StartedTask run(RunTaskRequest request) {
    return run(request, RunOptions.defaults());
  }

  /**
   * Starts a task from a workflow, waiting for a free slot of the plan when {@code options} ask for it.
   *
   * @param request what to run; {@code workflow_id} is required
   * @param options how to start, e.g. {@link RunOptions#waitForSlot(Duration)}
   * @return the new task
   * @throws ConcurrencyLimitException when no slot was free within the options' patience; no task was created
   */
  public StartedTask run(RunTaskRequest request, RunOptions options) {
    return transport.execute(runCall(request, options));
  }

  /**
   * Asynchronous form of {@link #run(RunTaskRequest)}.
   *
   * @param request what to run
   * @return the new task, or a future failed with a {@link BrowserActException}
   */
  public CompletableFuture<StartedTask> runAsync(RunTaskRequest request) {
    return runAsync(request, RunOptions.defaults());
  }

  /**
   * Asynchronous form of {@link #run(RunTaskRequest, RunOptions)}; no thread waits for a slot.
   *
   * @param request what to run
   * @param options how to start
   * @return the new task
   */
  public CompletableFuture<StartedTask> runAsync(RunTaskRequest request, RunOptions options) {
    return transport.executeAsync(runCall(request, options));
  }

  /** The request is copied now: what is sent, and sent again on a retry, is what the caller passed at this call. */
  private ApiCall<StartedTask, StartedTask> runCall(RunTaskRequest request, RunOptions options) {
    Validation.requireNonNull("request", request);
    Validation.requireNonNull("options", options);
    RunTaskRequest snapshot = Json.copy(request, RunTaskRequest.class);
    Validation.requireId("workflow_id", snapshot.getWorkflowId());
    Validation.callbackUrls(snapshot.getCallbackUrl(), snapshot.getStatusChangeCallbackUrl());
    return ApiCall.of(Operation.RUN_TASK, () -> creates.runTask(snapshot)).requiring(Tasks::missingId)
        .startingAs(options);
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
  public StartedTask runTemplate(RunTemplateTaskRequest request) {
    return runTemplate(request, RunOptions.defaults());
  }

  /**
   * Starts a task from an official template, waiting for a free slot of the plan when {@code options} ask for it.
   *
   * @param request what to run; {@code workflow_template_id} is required
   * @param options how to start
   * @return the new task
   */
  public StartedTask runTemplate(RunTemplateTaskRequest request, RunOptions options) {
    return transport.execute(runTemplateCall(request, options));
  }

  /**
   * Asynchronous form of {@link #runTemplate(RunTemplateTaskRequest)}.
   *
   * @param request what to run
   * @return the new task
   */
  public CompletableFuture<StartedTask> runTemplateAsync(RunTemplateTaskRequest request) {
    return runTemplateAsync(request, RunOptions.defaults());
  }

  /**
   * Asynchronous form of {@link #runTemplate(RunTemplateTaskRequest, RunOptions)}.
   *
   * @param request what to run
   * @param options how to start
   * @return the new task
   */
  public CompletableFuture<StartedTask> runTemplateAsync(RunTemplateTaskRequest request, RunOptions options) {
    return transport.executeAsync(runTemplateCall(request, options));
  }

  private ApiCall<StartedTask, StartedTask> runTemplateCall(RunTemplateTaskRequest request, RunOptions options) {
    Validation.requireNonNull("request", request);
    Validation.requireNonNull("options", options);
    RunTemplateTaskRequest snapshot = Json.copy(request, RunTemplateTaskRequest.class);
    Validation.requireId("workflow_template_id", snapshot.getWorkflowTemplateId());
    Validation.callbackUrls(snapshot.getCallbackUrl(), snapshot.getStatusChangeCallbackUrl());
    return ApiCall.of(Operation.RUN_TEMPLATE_TASK, () -> creates.runTemplateTask(snapshot))
        .requiring(Tasks::missingId).startingAs(options);
  }

  private static String missingId(StartedTask started) {
    return started == null || started.getId() == null || started.getId().isBlank()
        ? "the answer carries no task id" : null;
  }

  /**
   * Reads a task in full: status, steps, output, files, failure ({@code GET /v2/workflow/get-task}).
   *
   * @param taskId the task
   * @return the task
   * @throws NotFoundException when no task has this id
   */
  public Task get(String taskId) {
    return transport.execute(getCall(taskId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param taskId the task
   * @return the task
   */
  public CompletableFuture<Task> getAsync(String taskId) {
    return transport.executeAsync(getCall(taskId));
  }

  private ApiCall<Task, Task> getCall(String taskId) {
    Validation.requireId("task_id", taskId);
    return ApiCall.of(Operation.GET_TASK, () -> reads.getTask(taskId));
  }

  /**
   * Reads only a task's status, the cheap call for polling ({@code GET /v2/workflow/get-task-status}).
   *
   * @param taskId the task
   * @return the status; {@link TaskStatus#UNKNOWN} for a value this SDK does not know
   */
  public TaskStatus status(String taskId) {
    return transport.execute(statusCall(taskId));
  }

  /**
   * Asynchronous form of {@link #status(String)}.
   *
   * @param taskId the task
   * @return the status
   */
  public CompletableFuture<TaskStatus> statusAsync(String taskId) {
    return transport.executeAsync(statusCall(taskId));
  }

  private ApiCall<TaskStatusResult, TaskStatus> statusCall(String taskId) {
    Validation.requireId("task_id", taskId);
    return ApiCall.of(Operation.GET_TASK_STATUS, () -> reads.getTaskStatus(taskId))
        .reading(answer -> answer == null || answer.getStatus() == null ? TaskStatus.UNKNOWN : answer.getStatus());
  }

  /**
   * Lists one page of tasks ({@code GET /v2/workflow/list-tasks}).
   *
   * @param params filters and paging; {@link TaskListParams#all()} for every task
   * @return the page
   */
  public Page<TaskSummary> list(TaskListParams params) {
    return transport.execute(listCall(params));
  }

  /**
   * Asynchronous form of {@link #list(TaskListParams)}.
   *
   * @param params filters and paging
   * @return the page
   */
  public CompletableFuture<Page<TaskSummary>> listAsync(TaskListParams params) {
    return transport.executeAsync(listCall(params));
  }

  /**
   * Every task matching the filters, fetched page by page as iteration goes; the page of {@code params} is
   * ignored.
   *
   * @param params filters and page size
   * @return a lazy iterable
   */
  public PagedIterable<TaskSummary> listAll(TaskListParams params) {
    Validation.requireNonNull("params", params);
    return new PagedIterable<>(page -> list(params.withPage(page)));
  }

  private ApiCall<?, Page<TaskSummary>> listCall(TaskListParams params) {
    Validation.requireNonNull("params", params);
    return ApiCall.of(Operation.PAGE_TASKS, () -> reads.pageTasks(params.query()))
        .reading(body -> Page.of(body.getItems(), body.getPage(), body.getLimit(), body.getTotalPages(),
            body.getTotalCount()));
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
   * Cancels a task, recording a code of the caller's choosing with it ({@code biz_code}).
   *
   * @param taskId the task
   * @param bizCode a number for the caller's own tracking, or null
   * @return what the call did
   */
  public StopOutcome stop(String taskId, Integer bizCode) {
    return stopOutcome(() -> transport.execute(stopCall(taskId, bizCode)));
  }

  /**
   * Asynchronous form of {@link #stop(String)}.
   *
   * @param taskId the task
   * @return what the call did, once the API answered
   */
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
    return stopOutcomeAsync(transport.executeAsync(stopCall(taskId, bizCode)));
  }

  /** What a stop (v2) or cancel (v3) did: the call's success, or the task that had already ended. */
  static StopOutcome stopOutcome(Runnable call) {
    try {
      call.run();
      return StopOutcome.STOPPED;
    } catch (ApiException e) {
      return alreadyEndedOrRethrow(e);
    }
  }

  /** Asynchronous form of {@link #stopOutcome(Runnable)}. */
  static CompletableFuture<StopOutcome> stopOutcomeAsync(CompletableFuture<?> call) {
    return Futures.handle(call, (ok, error) -> {
      if (error == null) {
        return StopOutcome.STOPPED;
      }
      if (error instanceof ApiException) {
        return alreadyEndedOrRethrow((ApiException) error);
      }
      throw error instanceof RuntimeException ? (RuntimeException) error : new CompletionException(error);
    });
  }

  private ApiCall<Void, Void> stopCall(String taskId, Integer bizCode) {
    Validation.requireId("task_id", taskId);
    return ApiCall.withoutAnswer(Operation.STOP_TASK,
        () -> reads.stopTask(taskId, new QueryParams().put("biz_code", bizCode).toMap()));
  }

  /** 10121 on stop means the task had already ended: the caller's goal, a task that no longer runs, is met. */
  private static StopOutcome alreadyEndedOrRethrow(ApiException e) {
    if (BusinessCode.TASK_HAS_COMPLETED.matches(e)) {
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
    transport.execute(resumeCall(taskId));
  }

  /**
   * Asynchronous form of {@link #resume(String)}.
   *
   * @param taskId the task
   * @return completes when the API confirmed
   */
  public CompletableFuture<Void> resumeAsync(String taskId) {
    return transport.executeAsync(resumeCall(taskId));
  }

  private ApiCall<Void, Void> resumeCall(String taskId) {
    Validation.requireId("task_id", taskId);
    return ApiCall.withoutAnswer(Operation.RESUME_TASK, () -> reads.resumeTask(taskId));
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
  public Task waitFor(String taskId, WaitOptions options) {
    checkWait(taskId, options);
    return waiter.await(polls, taskId, options, false);
  }

  /**
   * Asynchronous form of {@link #waitFor(String, WaitOptions)}. No thread is held between polls. Cancelling
   * the future stops polling and, when {@link WaitOptions#stopTaskOnCancel()} is set, stops the task.
   *
   * @param taskId the task
   * @param options backoff, timeout and listener
   * @return the ended task, or a future failed with one of the exceptions of the synchronous form
   */
  public CompletableFuture<Task> waitForAsync(String taskId, WaitOptions options) {
    checkWait(taskId, options);
    return waiter.awaitAsync(polls, taskId, options, false);
  }

  /**
   * {@code request}, or a copy carrying the options' callback URL as its {@code callback_url} and
   * {@code status_change_callback_url} where it sets none.
   */
  private static RunTaskRequest withCallbacks(RunTaskRequest request, WaitOptions options) {
    String url = options.callbackUrl().orElse(null);
    if (request == null || url == null) {
      return request;
    }
    RunTaskRequest copy = Json.copy(request, RunTaskRequest.class);
    if (copy.getCallbackUrl() == null) {
      copy.callbackUrl(url);
    }
    if (copy.getStatusChangeCallbackUrl() == null) {
      copy.statusChangeCallbackUrl(url);
    }
    return copy;
  }

  private static void checkWait(String taskId, WaitOptions options) {
    Validation.requireId("task_id", taskId);
    Validation.requireNonNull("options", options);
  }

  /**
   * Starts a task and waits for it to end. With {@link WaitOptions#callbackUrl()} set, the task is started with
   * that URL as its {@code callback_url} and {@code status_change_callback_url} (unless the request sets them) and
   * the wait learns of the end from the callback, polling only as a safety net.
   *
   * @param request what to run
   * @param options how to wait
   * @return the ended task
   */
  public Task runAndWait(RunTaskRequest request, WaitOptions options) {
    Validation.requireNonNull("options", options);
    return waiter.startAndAwait(run(withCallbacks(request, options)).getId(), polls, options);
  }

  /**
   * Asynchronous form of {@link #runAndWait(RunTaskRequest, WaitOptions)}, callbacks included. Cancelling the future cancels the wait;
   * with {@link WaitOptions#stopTaskOnCancel()} the task is stopped, even when the cancel came while the start was
   * still on its way (the start is let finish, then the task is stopped). Without it, a start in flight is
   * cancelled, and the task may exist anyway.
   *
   * @param request what to run
   * @param options how to wait
   * @return the ended task
   */
  public CompletableFuture<Task> runAndWaitAsync(RunTaskRequest request, WaitOptions options) {
    Validation.requireNonNull("options", options);
    return waiter.startAndAwaitAsync(runAsync(withCallbacks(request, options)), StartedTask::getId, polls, options);
  }
}
