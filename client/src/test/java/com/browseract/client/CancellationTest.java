package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancelling a future the SDK returned: the fake API counts every request that arrives after the cancel. */
class CancellationTest extends MockApiTest {
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final AtomicInteger afterCancel = new AtomicInteger();
  private volatile boolean cancelled;
  private volatile Duration statusDelay = Duration.ZERO;
  private volatile int stopStatus = 200;

  @BeforeEach
  void countRequests() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        paths.add(request.getMethod() + " " + request.getPath());
        if (cancelled && !request.getPath().startsWith("/v2/workflow/stop-task")) {
          afterCancel.incrementAndGet();
        }
        if (request.getPath().startsWith("/v2/workflow/run-task")) {
          return json(200, "{\"id\":\"t1\"}");
        }
        if (request.getPath().startsWith("/v2/workflow/stop-task")) {
          return error(stopStatus, stopStatus, "stop says " + stopStatus, "trace-stop");
        }
        return status("running").setHeadersDelay(statusDelay.toMillis(), TimeUnit.MILLISECONDS);
      }
    });
  }

  private static WaitOptions.Builder polling(long millis) {
    return WaitOptions.builder().initialPollInterval(Duration.ofMillis(millis)).maxPollInterval(Duration.ofMillis(millis));
  }

  /**
   * Cancels, then counts what reaches the server: a request already on the wire when the cancel came may still
   * arrive in the next few milliseconds (on a loaded machine), so counting starts 50 ms after it.
   */
  private void cancel(CompletableFuture<?> future) throws InterruptedException {
    assertThat(future.cancel(true)).isTrue();
    Thread.sleep(50);
    cancelled = true;
    Thread.sleep(550);
  }

  @Test
  void cancellingAWaitBetweenPollsSendsNothingMore() throws Exception {
    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1", polling(100).build());
    Thread.sleep(350);

    cancel(wait);

    assertThat(paths).hasSizeGreaterThanOrEqualTo(2);
    assertThat(afterCancel).hasValue(0);
    assertThat(client.requestsTracked()).isZero();
  }

  @Test
  void cancellingAWaitWhileAPollIsInFlightCancelsTheCall() throws Exception {
    statusDelay = Duration.ofSeconds(2);
    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1", polling(10).build());
    Thread.sleep(300);

    cancel(wait);
    Thread.sleep(2000);

    assertThat(paths).hasSize(1);
    assertThat(afterCancel).hasValue(0);
    assertThat(client.requestsTracked()).isZero();
  }

  @Test
  void cancellingRunAndWaitStopsPollingAndStopsTheTask() throws Exception {
    CompletableFuture<Task> run = client.tasks().runAndWaitAsync(new RunTaskRequest().workflowId("wf"),
        polling(100).stopTaskOnCancel(true).build());
    Thread.sleep(350);

    cancel(run);

    assertThatThrownBy(run::join).isInstanceOf(CancellationException.class);
    assertThat(paths).first().isEqualTo("POST /v2/workflow/run-task");
    assertThat(paths).last().isEqualTo("PUT /v2/workflow/stop-task?task_id=t1");
    assertThat(afterCancel).hasValue(0);
  }

  @Test
  void aStopThatFailsAfterACancelIsReported() throws Exception {
    client.close();
    client = clientBuilder().maxRetries(0).build();
    stopStatus = 500;
    List<String> reported = new CopyOnWriteArrayList<>();
    TaskListener listener = new TaskListener() {
      @Override
      public void onStopFailed(String taskId, Throwable error) {
        reported.add(taskId + ": " + error.getMessage());
      }
    };
    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1",
        polling(100).stopTaskOnCancel(true).listener(listener).build());
    Thread.sleep(250);

    cancel(wait);

    assertThat(reported).singleElement().asString().startsWith("t1: stopTask failed: HTTP 500")
        .contains("trace-stop");
  }

  @Test
  void cancellingACallCancelsItsScheduledRetry() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        paths.add(request.getPath());
        if (cancelled) {
          afterCancel.incrementAndGet();
        }
        return error(429, 429, "slow down", "t").setHeader("Retry-After", "2");
      }
    });
    client.close();
    client = BrowserAct.builder().apiKey(API_KEY).baseUrl(server.url("/").toString()).build();
    CompletableFuture<?> list = client.workflows().listAsync(WorkflowListParams.all());
    Thread.sleep(300);

    cancel(list);
    Thread.sleep(2000);

    assertThat(paths).hasSize(1);
    assertThat(afterCancel).hasValue(0);
  }

  @Test
  void closingTheClientFailsTheWaitsItStillHasInsteadOfLeavingThemPending() throws Exception {
    CompletableFuture<Task> wait = client.tasks().waitForAsync("t1", polling(500).build());
    Thread.sleep(200);

    client.close();

    assertThatThrownBy(() -> wait.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(BrowserActException.class)
        .hasMessageContaining("client was closed");
  }

  @Test
  void cancellingRunAndWaitWhileTheStartIsOnTheWireStillStopsTheTask() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        paths.add(request.getMethod() + " " + request.getPath());
        return request.getPath().startsWith("/v2/workflow/run-task")
            ? json(200, "{\"id\":\"t7\"}").setHeadersDelay(700, TimeUnit.MILLISECONDS)
            : new MockResponse().setResponseCode(200);
      }
    });
    CompletableFuture<Task> run = client.tasks().runAndWaitAsync(new RunTaskRequest().workflowId("wf"),
        polling(100).stopTaskOnCancel(true).build());
    Thread.sleep(200);

    assertThat(run.cancel(true)).isTrue();
    Thread.sleep(1200);

    assertThat(paths).containsExactly("POST /v2/workflow/run-task", "PUT /v2/workflow/stop-task?task_id=t7");
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

    assertThatThrownBy(() -> wait.get(3, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
        .hasMessageContaining("listener bug");
  }
}
