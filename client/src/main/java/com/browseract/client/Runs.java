package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.internal.v3.api.TasksApi;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunStatus;
import com.browseract.client.v3.model.RunStatusResult;
import com.browseract.client.v3.model.RunStep;
import com.browseract.client.v3.model.RunSummary;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Operations on v3 runs (the API's "Bots" version): read one, its status, list, cancel, resume, and wait for one
 * to end. Every operation has a synchronous form and an {@code ...Async} form; both check their arguments before
 * anything is sent, and go through the client's retries, typed errors, request options and listeners as v2's
 * {@link Tasks} do. Runs are started by {@link Bots#run(String, Object)} and {@link Bots#runTemplate(String, Object)}.
 *
 * <pre>{@code
 * Run run = browserAct.runs().waitFor(taskId, WaitOptions.defaults());
 * MyResult result = RunOutputs.read(run, MyResult.class);
 * }</pre>
 */
public final class Runs {
  private static final JsonAdapter<List<TaskStep>> STEPS =
      Json.MOSHI.adapter(Types.newParameterizedType(List.class, TaskStep.class));
  private static final JsonAdapter<List<RunStep>> RUN_STEPS =
      Json.MOSHI.adapter(Types.newParameterizedType(List.class, RunStep.class));

  private final Transport transport;
  private final TasksApi api;
  private final TaskWaiter waiter;

  /**
   * v3's dialect of the wait engine: polls {@code GET /v3/bots/runs/{task_id}/status}, reads the run once at the end.
   * Each poll is sent once, as v2's are (see {@link Tasks}).
   */
  final WaitDialect<Run> dialect = new WaitDialect<Run>() {
    @Override
    public Operation statusOperation() {
      return Operation.QUERY_RUN_STATUS;
    }

    @Override
    public Operation detailOperation() {
      return Operation.QUERY_RUN;
    }

    @Override
    public TaskStatus status(String id, Instant deadline) {
      return transport.execute(statusCall(id).reading(Runs::asTaskStatus).once().until(deadline));
    }

    @Override
    public Run get(String id, Instant deadline) {
      return transport.execute(getCall(id).once().until(deadline));
    }

    @Override
    public CompletableFuture<TaskStatus> statusAsync(String id, Instant deadline) {
      return transport.executeAsync(statusCall(id).reading(Runs::asTaskStatus).once().until(deadline));
    }

    @Override
    public CompletableFuture<Run> getAsync(String id, Instant deadline) {
      return transport.executeAsync(getCall(id).once().until(deadline));
    }

    @Override
    public CompletableFuture<StopOutcome> stopAsync(String id) {
      return cancelAsync(id);
    }

    @Override
    public TaskStatus statusOf(Run run) {
      return run.getStatus() == null ? null : asTaskStatus(run.getStatus());
    }

    @Override
    public List<TaskStep> stepsOf(Run run) {
      // v3's steps have v2's fields: listeners hear one step type whichever API they wait on.
      return run.getSteps() == null ? null : STEPS.fromJsonValue(RUN_STEPS.toJsonValue(run.getSteps()));
    }

    @Override
    public BrowserActException failed(Run run) {
      return new TaskFailedException(run);
    }

    @Override
    public BrowserActException canceled(Run run) {
      return new TaskCanceledException(run);
    }
  };

  Runs(Transport transport, TasksApi api, TaskWaiter waiter) {
    this.transport = transport;
    this.api = api;
    this.waiter = waiter;
  }

  /** v3's seven statuses carry v2's names; a value this SDK does not know is UNKNOWN in both. */
  static TaskStatus asTaskStatus(RunStatus status) {
    return TaskStatus.valueOf(status.name());
  }

  /**
   * Reads a run in full: status, input, output, files, steps, failure ({@code GET /v3/bots/runs/{task_id}}).
   *
   * @param taskId the run's id
   * @return the run
   * @throws com.browseract.client.errors.NotFoundException when no run has this id
   */
  public Run get(String taskId) {
    return transport.execute(getCall(taskId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param taskId the run's id
   * @return the run
   */
  public CompletableFuture<Run> getAsync(String taskId) {
    return transport.executeAsync(getCall(taskId));
  }

  private ApiCall<Run, Run> getCall(String taskId) {
    Validation.requireId("task_id", taskId);
    return ApiCall.of(Operation.QUERY_RUN, () -> api.queryRun(taskId));
  }

  /**
   * Reads only a run's status, the cheap call for polling ({@code GET /v3/bots/runs/{task_id}/status}).
   *
   * @param taskId the run's id
   * @return the status; {@link RunStatus#UNKNOWN} for a value this SDK does not know
   */
  public RunStatus status(String taskId) {
    return transport.execute(statusCall(taskId));
  }

  /**
   * Asynchronous form of {@link #status(String)}.
   *
   * @param taskId the run's id
   * @return the status
   */
  public CompletableFuture<RunStatus> statusAsync(String taskId) {
    return transport.executeAsync(statusCall(taskId));
  }

  private ApiCall<RunStatusResult, RunStatus> statusCall(String taskId) {
    Validation.requireId("task_id", taskId);
    return ApiCall.of(Operation.QUERY_RUN_STATUS, () -> api.queryRunStatus(taskId)).reading(Runs::statusOf);
  }

  private static RunStatus statusOf(RunStatusResult answer) {
    return answer == null || answer.getStatus() == null ? RunStatus.UNKNOWN : answer.getStatus();
  }

  /**
   * Lists one page of runs ({@code GET /v3/bots/runs}).
   *
   * @param params filters and paging; {@link RunListParams#all()} for every run
   * @return the page
   */
  public Page<RunSummary> list(RunListParams params) {
    return transport.execute(listCall(params));
  }

  /**
   * Asynchronous form of {@link #list(RunListParams)}.
   *
   * @param params filters and paging
   * @return the page
   */
  public CompletableFuture<Page<RunSummary>> listAsync(RunListParams params) {
    return transport.executeAsync(listCall(params));
  }

  /**
   * Every run matching the filters, fetched page by page as iteration goes; the page of {@code params} is ignored.
   *
   * @param params filters and page size
   * @return a lazy iterable
   */
  public PagedIterable<RunSummary> listAll(RunListParams params) {
    Validation.requireNonNull("params", params);
    return new PagedIterable<>(page -> list(params.withPage(page)));
  }

  private ApiCall<?, Page<RunSummary>> listCall(RunListParams params) {
    Validation.requireNonNull("params", params);
    return ApiCall.of(Operation.PAGE_RUNS, () -> api.pageRuns(params.query()))
        .reading(body -> Page.of(body.getItems(), body.getPage(), body.getLimit(), body.getTotalPages(),
            body.getTotalCount()));
  }

  /**
   * Cancels a run ({@code POST /v3/bots/runs/{task_id}/cancel}). Safe to repeat: a run that has already ended is
   * not an error (code 10121).
   *
   * @param taskId the run's id
   * @return {@link StopOutcome#STOPPED}, or {@link StopOutcome#ALREADY_ENDED} when there was nothing to cancel
   * @throws com.browseract.client.errors.NotFoundException when no run has this id
   */
  public StopOutcome cancel(String taskId) {
    return cancel(taskId, null);
  }

  /**
   * Cancels a run, recording a code of the caller's choosing with it ({@code biz_code}).
   *
   * @param taskId the run's id
   * @param bizCode a number for the caller's own tracking, or null
   * @return what the call did
   */
  public StopOutcome cancel(String taskId, Integer bizCode) {
    return Tasks.stopOutcome(() -> transport.execute(cancelCall(taskId, bizCode)));
  }

  /**
   * Asynchronous form of {@link #cancel(String)}.
   *
   * @param taskId the run's id
   * @return what the call did, once the API answered
   */
  public CompletableFuture<StopOutcome> cancelAsync(String taskId) {
    return cancelAsync(taskId, null);
  }

  /**
   * Asynchronous form of {@link #cancel(String, Integer)}.
   *
   * @param taskId the run's id
   * @param bizCode a number for the caller's own tracking, or null
   * @return what the call did, once the API answered
   */
  public CompletableFuture<StopOutcome> cancelAsync(String taskId, Integer bizCode) {
    return Tasks.stopOutcomeAsync(transport.executeAsync(cancelCall(taskId, bizCode)));
  }

  private ApiCall<RunStatusResult, RunStatusResult> cancelCall(String taskId, Integer bizCode) {
    Validation.requireId("task_id", taskId);
    return ApiCall.of(Operation.CANCEL_RUN,
        () -> api.cancelRun(taskId, new QueryParams().put("biz_code", bizCode).toMap())).requiring(body -> null);
  }

  /**
   * Resumes a paused run ({@code POST /v3/bots/runs/{task_id}/resume}).
   *
   * @param taskId the run's id
   * @return the status the API reports after resuming; {@link RunStatus#UNKNOWN} when it gives none
   * @throws com.browseract.client.errors.InvalidRequestException when the run is not paused (code 10127), or is
   *     an agent bot's run, which cannot be resumed (code 10879,
   *     {@link com.browseract.client.errors.BusinessCode#AGENT_NOT_RESUMABLE})
   * @throws com.browseract.client.errors.NotFoundException when no run has this id
   */
  public RunStatus resume(String taskId) {
    return transport.execute(resumeCall(taskId));
  }

  /**
   * Asynchronous form of {@link #resume(String)}.
   *
   * @param taskId the run's id
   * @return the status after resuming
   */
  public CompletableFuture<RunStatus> resumeAsync(String taskId) {
    return transport.executeAsync(resumeCall(taskId));
  }

  private ApiCall<RunStatusResult, RunStatus> resumeCall(String taskId) {
    Validation.requireId("task_id", taskId);
    return ApiCall.of(Operation.RESUME_RUN, () -> api.resumeRun(taskId)).requiring(body -> null)
        .reading(Runs::statusOf);
  }

  /**
   * Waits until a run is finished, failed or canceled, polling its status with backoff, then reads the run once.
   * The same engine as {@link Tasks#waitFor(String, WaitOptions)}: schedule, outages, callbacks through
   * {@link BrowserAct#webhooks()}, listener and timeout behave alike.
   *
   * @param taskId the run's id
   * @param options backoff, timeout and listener
   * @return the finished run (or canceled run, when the options ask for it)
   * @throws TaskFailedException when the run failed ({@link TaskFailedException#run()})
   * @throws TaskCanceledException when the run was canceled
   * @throws com.browseract.client.errors.WaitTimeoutException when the options' timeout passed first
   */
  public Run waitFor(String taskId, WaitOptions options) {
    Validation.requireId("task_id", taskId);
    Validation.requireNonNull("options", options);
    return waiter.await(dialect, taskId, options, false);
  }

  /**
   * Asynchronous form of {@link #waitFor(String, WaitOptions)}. No thread is held between polls. Cancelling the
   * future stops polling and, when {@link WaitOptions#stopTaskOnCancel()} is set, cancels the run.
   *
   * @param taskId the run's id
   * @param options backoff, timeout and listener
   * @return the ended run
   */
  public CompletableFuture<Run> waitForAsync(String taskId, WaitOptions options) {
    Validation.requireId("task_id", taskId);
    Validation.requireNonNull("options", options);
    return waiter.awaitAsync(dialect, taskId, options, false);
  }
}
