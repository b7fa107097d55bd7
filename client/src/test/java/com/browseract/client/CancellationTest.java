package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.Task;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a future the SDK returned. Polls and retries are scheduled on a {@link ManualScheduler} that the test
 * moves on by hand, and every call the client starts is counted as it starts (OkHttp's {@code callStart} runs on
 * the thread that enqueues it, here the test's own): after a cancel, moving the scheduler an hour on must start
 * no further call. No real sleeps.
 */
class CancellationTest extends MockApiTestBase {
  private static final long TIMEOUT_SECONDS = 10;

  private final List<String> served = new CopyOnWriteArrayList<>();
  private final List<String> started = new CopyOnWriteArrayList<>();
  private final List<String> canceledCalls = new CopyOnWriteArrayList<>();
  private volatile boolean statusHangs;
  private volatile int stopStatus = 200;
  private ManualScheduler scheduler;

  @BeforeEach
  void manualClient() {
    scheduler = new ManualScheduler(time);
    client.close();
    client = manualClientBuilder().build();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().startsWith("/v2/workflow/run-task")) {
          return json(200, "{\"id\":\"t1\"}");
        }
        if (request.getPath().startsWith("/v2/workflow/stop-task")) {
          return error(stopStatus, stopStatus, "stop says " + stopStatus, "trace-stop");
        }
        return statusHangs ? new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE) : status("running");
      }
    });
  }

  /** The test's client: fake time, the manual scheduler, and an OkHttp client that reports calls as they start. */
  private ClientConfig.Builder manualClientBuilder() {
    OkHttpClient counting = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void callStart(Call call) {
        started.add(call.request().method() + " " + call.request().url().encodedPath());
      }

      @Override
      public void callFailed(Call call, IOException error) {
        if (call.isCanceled()) {
          canceledCalls.add(call.request().url().encodedPath());
        }
      }
    }).build();
    return clientBuilder().scheduler(scheduler).okHttpClient(counting);
  }

  private static WaitOptions.Builder polling(long millis) {
    return WaitOptions.builder().pollSchedule(PollSchedule.builder().initialInterval(Duration.ofMillis(millis)).maxInterval(Duration.ofMillis(millis)).build());
  }

  /**
   * Runs the scheduled polls one by one until the client has started {@code count} calls and the server has them;
   * the first poll of a wait may go out at once, so calls are counted as they start, not steps as they run.
   */
  private void pollUntilServed(int count) throws InterruptedException {
    while (started.size() < count) {
      scheduler.awaitScheduled(1);
      scheduler.runNext();
    }
    awaitServed(count);
  }

  /** Waits (bounded) until the server has received {@code count} requests; {@link #served} lists them in order. */
  private void awaitServed(int count) throws InterruptedException {
    while (served.size() < count) {
      RecordedRequest request = server.takeRequest(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(request).as("request %d", served.size() + 1).isNotNull();
      served.add(request.getMethod() + " " + request.getPath());
    }
  }

  /** Cancels, then moves the scheduler an hour on: whatever the client still had scheduled runs now. */
  private List<String> cancelAndRunOut(CompletableFuture<?> future) {
    int before = started.size();
    assertThat(future.cancel(true)).isTrue();
    scheduler.advance(Duration.ofHours(1));
    return started.subList(before, started.size());
  }

  @Test
  void cancellingAWaitBetweenPollsSendsNothingMore() throws Exception {
    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1", polling(100).build());
    pollUntilServed(3);
    scheduler.awaitScheduled(1);

    List<String> afterCancel = cancelAndRunOut(wait);

    assertThat(afterCancel).isEmpty();
    assertThat(started).hasSize(3);
    assertThat(scheduler.scheduled()).isZero();
    assertThat(client.requestsTracked()).isZero();
  }

  @Test
  void cancellingAWaitWhileAPollIsInFlightCancelsTheCall() throws Exception {
    statusHangs = true;
    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1", polling(10).build());
    awaitServed(1);

    List<String> afterCancel = cancelAndRunOut(wait);

    assertThat(afterCancel).isEmpty();
    awaitCanceledCall("/v2/workflow/get-task-status");
    assertThat(started).hasSize(1);
    assertThat(client.requestsTracked()).isZero();
  }

  @Test
  void cancellingRunAndWaitStopsPollingAndStopsTheTask() throws Exception {
    CompletableFuture<Task> run = client.tasks().runAndWaitAsync(new RunTaskRequest().workflowId("wf"),
        polling(100).stopTaskOnCancel(true).build());
    pollUntilServed(3);
    scheduler.awaitScheduled(1);

    List<String> afterCancel = cancelAndRunOut(run);
    awaitServed(4);

    assertThatThrownBy(run::join).isInstanceOf(CancellationException.class);
    assertThat(afterCancel).containsExactly("PUT /v2/workflow/stop-task");
    assertThat(served).hasSize(4).first().isEqualTo("POST /v2/workflow/run-task");
    assertThat(served).last().isEqualTo("PUT /v2/workflow/stop-task?task_id=t1");
    assertThat(started).hasSize(4);
  }

  @Test
  void aStopThatFailsAfterACancelIsReported() throws Exception {
    client.close();
    client = manualClientBuilder().maxRetries(0).build();
    stopStatus = 500;
    CompletableFuture<String> reported = new CompletableFuture<>();
    TaskListener listener = new TaskListener() {
      @Override
      public void onStopFailed(String taskId, Throwable error) {
        reported.complete(taskId + ": " + error.getMessage());
      }
    };
    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1",
        polling(100).stopTaskOnCancel(true).listener(listener).build());
    pollUntilServed(2);

    cancelAndRunOut(wait);

    assertThat(reported.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).startsWith("t1: stopTask failed: HTTP 500")
        .contains("trace-stop");
  }

  @Test
  void cancellingACallCancelsItsScheduledRetry() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return error(429, 429, "slow down", "t").setHeader("Retry-After", "2");
      }
    });
    CompletableFuture<?> list = client.workflows().listAsync(WorkflowListParams.all());
    awaitServed(1);
    scheduler.awaitScheduled(1);

    List<String> afterCancel = cancelAndRunOut(list);

    assertThat(afterCancel).isEmpty();
    assertThat(started).hasSize(1);
  }

  @Test
  void closingTheClientFailsTheWaitsItStillHasInsteadOfLeavingThemPending() throws Exception {
    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1", polling(500).build());
    awaitServed(1);
    scheduler.awaitScheduled(1);

    client.close();

    assertThatThrownBy(() -> wait.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
        .hasCauseInstanceOf(BrowserActException.class).hasMessageContaining("client was closed");
  }

  @Test
  void cancellingRunAndWaitWhileTheStartIsOnTheWireStillStopsTheTask() throws Exception {
    CountDownLatch answerTheStart = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().startsWith("/v2/workflow/run-task")) {
          answerTheStart.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          return json(200, "{\"id\":\"t7\"}");
        }
        return new MockResponse().setResponseCode(200);
      }
    });
    CompletableFuture<Task> run = client.tasks().runAndWaitAsync(new RunTaskRequest().workflowId("wf"),
        polling(100).stopTaskOnCancel(true).build());
    awaitServed(1);

    assertThat(run.cancel(true)).isTrue();
    answerTheStart.countDown();
    awaitServed(2);
    scheduler.advance(Duration.ofHours(1));

    assertThat(served).containsExactly("POST /v2/workflow/run-task", "PUT /v2/workflow/stop-task?task_id=t7");
    assertThat(started).containsExactly("POST /v2/workflow/run-task", "PUT /v2/workflow/stop-task");
  }

  @Test
  void aListenerThatThrowsOnTheSchedulerFailsTheWaitInsteadOfHangingIt() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    TaskListener broken = new TaskListener() {
      @Override
      public boolean wantsSteps() {
        if (asked.incrementAndGet() > 2) {
          throw new IllegalStateException("listener bug");
        }
        return false;
      }
    };

    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1", polling(50).listener(broken).build());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (!wait.isDone() && System.nanoTime() < deadline) {
      scheduler.advance(Duration.ofSeconds(1));
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // lets the answer arrive on OkHttp's thread
    }

    assertThatThrownBy(wait::join).hasCauseInstanceOf(IllegalStateException.class)
        .hasMessageContaining("listener bug");
  }

  private void awaitCanceledCall(String path) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (!canceledCalls.contains(path) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    assertThat(canceledCalls).as("calls OkHttp reports cancelled").contains(path);
  }
}
