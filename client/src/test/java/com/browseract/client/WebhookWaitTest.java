package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Waits that hear their task's callbacks: woken at once, never trusting the body, polling only as a safety net. */
class WebhookWaitTest extends MockApiTestBase {
  private static final String HOOK = "https://hooks.example.com/browseract/callbacks/secret";
  private static final WaitOptions CALLBACKS = WaitOptions.builder().callbackUrl(HOOK)
      .pollSchedule(PollSchedule.builder().safetyInterval(Duration.ofSeconds(30)).build()).build();

  private static String body(String status) {
    return "{\"id\":\"t1\",\"status\":\"" + status + "\",\"workflow_id\":\"wf\",\"steps\":[]}";
  }

  private ScriptedTaskApi taskEndingAt(Duration end) {
    ScriptedTaskApi api = new ScriptedTaskApi(time);
    api.endsAfter = end;
    server.setDispatcher(api);
    return api;
  }

  private static List<String> paths(ScriptedTaskApi api) {
    return api.seen.stream().map(line -> line.replaceAll("\\?.*", "")).collect(Collectors.toList());
  }

  @Test
  void aCallbackWakesASleepingSyncWaitWhichReadsTheTaskOnceAndReturns() {
    ScriptedTaskApi api = taskEndingAt(Duration.ofSeconds(100));
    time.at(Duration.ofSeconds(100), () -> assertThat(client.webhooks().accept(body("finished")))
        .isEqualTo(WebhookOutcome.ACCEPTED));

    Task done = client.tasks().waitFor("t1", CALLBACKS);

    assertThat(done.getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(100));
    // Status at once (the task may have ended before the wait began), then after 30 s, 30 s, 60 s (the safety
    // poll doubles with the time waited), then get-task on the callback.
    assertThat(paths(api)).containsExactly("0s /v2/workflow/get-task-status", "30s /v2/workflow/get-task-status",
        "60s /v2/workflow/get-task-status", "100s /v2/workflow/get-task");
    assertThat(client.webhooks().followed()).isZero();
    assertThat(client.webhooks().accept(body("finished"))).isEqualTo(WebhookOutcome.UNKNOWN_TASK);
  }

  @Test
  void aCallbackWakesASyncWaitSleepingOnTheRealClock() throws Exception {
    try (BrowserAct realTime = BrowserAct.builder().apiKey(API_KEY).baseUrl(server.url("/").toString()).build()) {
      assertACallbackEndsTheWaitLongBeforeItsSafetyPoll(realTime,
          () -> CompletableFuture.supplyAsync(() -> realTime.tasks().waitFor("t1", CALLBACKS)));
    }
  }

  @Test
  void aCallbackWakesAnAsyncWaitLongBeforeItsSafetyPoll() throws Exception {
    assertACallbackEndsTheWaitLongBeforeItsSafetyPoll(client, () -> client.tasks().waitForAsync("t1", CALLBACKS));
  }

  /** The wait's next poll is 30 s away in real time: only the callback can end it within 5 s. */
  private void assertACallbackEndsTheWaitLongBeforeItsSafetyPoll(BrowserAct waiter,
      Supplier<CompletableFuture<Task>> wait) throws Exception {
    ScriptedTaskApi api = taskEndingAt(Duration.ofDays(1)); // fake time stands still: running until told otherwise
    CompletableFuture<Task> waiting = wait.get();
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).startsWith("/v2/workflow/get-task-status");

    api.endsAfter = Duration.ZERO;
    assertThat(waiter.webhooks().accept(body("finished"))).isEqualTo(WebhookOutcome.ACCEPTED);

    assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).startsWith("/v2/workflow/get-task?");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aBodyThatSaysFinishedWhileTheApiSaysRunningKeepsTheWaitGoing() {
    ScriptedTaskApi api = taskEndingAt(Duration.ofSeconds(50));
    time.at(Duration.ofSeconds(10), () -> client.webhooks().accept(body("finished")));
    time.at(Duration.ofSeconds(50), () -> client.webhooks().accept(body("finished")));

    Task done = client.tasks().waitFor("t1", CALLBACKS);

    assertThat(done.getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(50));
    assertThat(paths(api)).containsExactly("0s /v2/workflow/get-task-status", "10s /v2/workflow/get-task",
        "40s /v2/workflow/get-task-status", "50s /v2/workflow/get-task");
  }

  @Test
  void aLostCallbackIsCaughtByTheSafetyPoll() {
    ScriptedTaskApi api = taskEndingAt(Duration.ofSeconds(100));

    client.tasks().waitFor("t1", CALLBACKS.toBuilder().pollSchedule(PollSchedule.builder().safetyInterval(Duration.ofSeconds(45)).build()).build());

    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(180));
    assertThat(paths(api)).containsExactly("0s /v2/workflow/get-task-status", "45s /v2/workflow/get-task-status",
        "90s /v2/workflow/get-task-status", "180s /v2/workflow/get-task-status", "180s /v2/workflow/get-task");
  }

  @Test
  void aLostCallbackIsCaughtByTheSafetyPollOfAnAsyncWait() throws Exception {
    FakeScheduler scheduler = new FakeScheduler(time);
    try (BrowserAct scheduled = clientBuilder().scheduler(scheduler).build()) {
      ScriptedTaskApi api = taskEndingAt(Duration.ofSeconds(100));

      Task done = scheduled.tasks().waitForAsync("t1", CALLBACKS).get(5, TimeUnit.SECONDS);

      assertThat(done.getStatus()).isEqualTo(TaskStatus.FINISHED);
      assertThat(time.sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30),
          Duration.ofSeconds(60));
      assertThat(api.seen).hasSize(5);
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void runAndWaitSendsTheCallbackUrlsAndDoesNotPollATaskItJustStarted() throws Exception {
    ScriptedTaskApi api = taskEndingAt(Duration.ofSeconds(20));
    time.at(Duration.ofSeconds(20), () -> client.webhooks().accept(body("finished")));

    client.tasks().runAndWait(new RunTaskRequest().workflowId("wf"), CALLBACKS);

    RecordedRequest start = server.takeRequest();
    assertThat(start.getBody().readUtf8()).contains("\"callback_url\":\"" + HOOK + "\"")
        .contains("\"status_change_callback_url\":\"" + HOOK + "\"");
    assertThat(paths(api)).containsExactly("0s /v2/workflow/run-task", "20s /v2/workflow/get-task");
  }

  @Test
  void runAndWaitAsyncKeepsTheCallerOwnCallbackUrl() throws Exception {
    server.setDispatcher(new ScriptedTaskApi(time));
    CompletableFuture<Task> waiting = client.tasks().runAndWaitAsync(
        new RunTaskRequest().workflowId("wf").callbackUrl("https://mine.example.com/done"), CALLBACKS);

    String sent = server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8();
    waiting.cancel(true);

    assertThat(sent).contains("\"callback_url\":\"https://mine.example.com/done\"")
        .contains("\"status_change_callback_url\":\"" + HOOK + "\"");
  }

  @Test
  void statusChangeCallbacksOfARunningTaskAreHeardButChangeNothing() {
    assertTheWaitGoesOnAsIfNothingCame(() -> assertThat(client.webhooks().accept(body("running")))
        .isEqualTo(WebhookOutcome.ACCEPTED));
  }

  @Test
  void unknownTasksAndMalformedBodiesChangeNothing() {
    assertTheWaitGoesOnAsIfNothingCame(() -> {
      assertThat(client.webhooks().accept(body("finished").replace("t1", "someone-else")))
          .isEqualTo(WebhookOutcome.UNKNOWN_TASK);
      for (String bad : new String[] {null, "", "   ", "[]", "{", "{\"status\":\"finished\"}", "{\"id\":\"\"}",
          "{\"id\":{\"nested\":1}}", "not json", "\"t1\"", "{\"id\":\"t1\",\"status\":"}) {
        assertThat(client.webhooks().accept(bad)).as(String.valueOf(bad)).isEqualTo(WebhookOutcome.MALFORMED);
      }
    });
  }

  /** {@code callbacks} at 5 s into a wait for a task that ends at 60 s: the safety polls alone see the end. */
  private void assertTheWaitGoesOnAsIfNothingCame(Runnable callbacks) {
    ScriptedTaskApi api = taskEndingAt(Duration.ofSeconds(60));
    time.at(Duration.ofSeconds(5), callbacks);

    client.tasks().waitFor("t1", CALLBACKS);

    assertThat(paths(api)).containsExactly("0s /v2/workflow/get-task-status", "30s /v2/workflow/get-task-status",
        "60s /v2/workflow/get-task-status", "60s /v2/workflow/get-task");
  }

  @Test
  void aFloodOfFalseCallbacksCostsOneReadAndLaterFloodsWaitLonger() {
    ScriptedTaskApi api = taskEndingAt(Duration.ofSeconds(100));
    time.at(Duration.ofSeconds(10), () -> flood(1000));
    time.at(Duration.ofMillis(10_500), () -> flood(1000));
    time.at(Duration.ofSeconds(12), () -> flood(1000));
    time.at(Duration.ofSeconds(100), () -> flood(1000));

    client.tasks().waitFor("t1", CALLBACKS);

    // 10 s: read, still running; 10.5 s: held until 1 s after that read; 12 s: until 2 s after the one at 11 s.
    // Each read counts as a poll: the safety poll comes 30 s after the last one, then as long as the wait lasted.
    assertThat(paths(api)).containsExactly("0s /v2/workflow/get-task-status", "10s /v2/workflow/get-task",
        "11s /v2/workflow/get-task", "13s /v2/workflow/get-task", "43s /v2/workflow/get-task-status",
        "86s /v2/workflow/get-task-status", "100s /v2/workflow/get-task");
  }

  private void flood(int times) {
    for (int i = 0; i < times; i++) {
      client.webhooks().accept(body("finished"));
    }
  }

  @Test
  void aFloodFromManyThreadsKeepsAtMostOneReadInFlightPerAsyncWait() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    AtomicInteger reads = new AtomicInteger();
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (!request.getPath().startsWith("/v2/workflow/get-task?")) {
          return status("running");
        }
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        reads.incrementAndGet();
        Thread.sleep(50);
        inFlight.decrementAndGet();
        return task("t1", "running");
      }
    });
    CompletableFuture<Task> waiting = client.tasks().waitForAsync("t1", CALLBACKS);
    ExecutorService senders = Executors.newFixedThreadPool(8);
    try {
      for (int i = 0; i < 8; i++) {
        senders.submit(() -> flood(500));
      }
      senders.shutdown();
      assertThat(senders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      // The hinted read runs on OkHttp's threads: on a loaded machine it may come well after the flood.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (reads.get() == 0 && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
    } finally {
      senders.shutdownNow();
      waiting.cancel(true);
    }

    // One read at once, the hint that came meanwhile read 1 s later (real time) at the earliest.
    assertThat(mostInFlight.get()).isEqualTo(1);
    assertThat(reads.get()).isBetween(1, 2);
  }
}
