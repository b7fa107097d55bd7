package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BusinessCode;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.errors.WaitTimeoutException;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunStatus;
import com.browseract.client.v3.model.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class RunsTest extends MockApiTest {
  /** Starts here are about the calls themselves; {@link InputSchemasTest} covers the input check. */
  @Override
  ClientConfig.Builder clientBuilder() {
    return super.clientBuilder().checkRunInput(false);
  }

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final TaskListener recorder = new TaskListener() {
    @Override
    public void onStatusChange(String taskId, TaskStatus previous, TaskStatus current) {
      events.add(taskId + ":" + previous + "->" + current);
    }
  };

  static MockResponse runStatus(String value) {
    return json(200, "{\"task_id\":\"r1\",\"status\":\"" + value + "\"}");
  }

  static MockResponse run(String id, String status) {
    return json(200, "{\"task_id\":\"" + id + "\",\"status\":\"" + status + "\",\"bot_id\":\"b1\","
        + "\"output\":{\"price\":12.5},\"steps\":[{\"id\":\"s1\",\"step\":1,\"step_goal\":\"open\"}]}");
  }

  @Test
  void getStatusAndListUseTheV3Paths() throws Exception {
    server.enqueue(run("r1", "running"));
    server.enqueue(runStatus("paused"));
    server.enqueue(json(200, "{\"items\":[{\"task_id\":\"r1\",\"status\":\"finished\"}],\"page\":1,\"limit\":20,"
        + "\"total_count\":1,\"total_pages\":1}"));

    assertThat(client.runs().get("r1").getBotId()).isEqualTo("b1");
    assertThat(client.runs().statusAsync("r1").get(5, TimeUnit.SECONDS)).isEqualTo(RunStatus.PAUSED);
    List<RunSummary> items = client.runs().list(RunListParams.builder().botId("b1").status(RunStatus.FINISHED)
        .createdFrom(Instant.parse("2026-12-01T00:00:00Z")).build()).items();

    assertThat(items).extracting(RunSummary::getTaskId).containsExactly("r1");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/runs/r1");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/runs/r1/status");
    assertThat(server.takeRequest().getPath()).isEqualTo(
        "/v3/bots/runs?bot_id=b1&status=finished&created_at_from=2026-12-01T00%3A00%3A00Z");
  }

  @Test
  void aMissingRunIsNotFound() {
    server.enqueue(error(400, 10112, "Task does not exist", "tr-1"));

    assertThatThrownBy(() -> client.runs().get("nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void cancelOfARunThatAlreadyEndedIsNoError() throws Exception {
    server.enqueue(runStatus("canceled"));
    server.enqueue(error(400, 10121, "Task has completed.", "tr-2"));
    server.enqueue(error(400, 10121, "Task has completed.", "tr-3"));

    assertThat(client.runs().cancel("r1", 7)).isEqualTo(StopOutcome.STOPPED);
    assertThat(client.runs().cancel("r1")).isEqualTo(StopOutcome.ALREADY_ENDED);
    assertThat(client.runs().cancelAsync("r1").get(5, TimeUnit.SECONDS)).isEqualTo(StopOutcome.ALREADY_ENDED);
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/runs/r1/cancel?biz_code=7");
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
  }

  @Test
  void cancelOfAMissingRunStillFails() {
    server.enqueue(error(400, 10112, "Task does not exist", "tr-4"));

    assertThatThrownBy(() -> client.runs().cancel("nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void resumingAnAgentRunIsAClearTypedError() throws Exception {
    server.enqueue(runStatus("running"));
    server.enqueue(error(400, 10879, "Agent task cannot be resumed", "tr-5"));

    assertThat(client.runs().resume("r1")).isEqualTo(RunStatus.RUNNING);
    assertThatThrownBy(() -> client.runs().resume("r1")).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> {
          assertThat(BusinessCode.AGENT_NOT_RESUMABLE.matches(e)).isTrue();
          assertThat(e.getMessage()).contains("cannot be resumed");
        });
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/runs/r1/resume");
  }

  @Test
  void waitPollsTheStatusAndReadsTheRunOnceAtTheEnd() throws Exception {
    for (String s : List.of("created", "running", "finished")) {
      server.enqueue(runStatus(s));
    }
    server.enqueue(run("r1", "finished"));

    Run done = client.runs().waitFor("r1", WaitOptions.builder().listener(recorder).build());

    assertThat(done.getStatus()).isEqualTo(RunStatus.FINISHED);
    assertThat(events).containsExactly("r1:null->created", "r1:created->running", "r1:running->finished");
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500));
    for (int i = 0; i < 3; i++) {
      assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/runs/r1/status");
    }
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/runs/r1");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aFailedRunThrowsTheTypedExceptionWithTheRun() {
    server.enqueue(runStatus("failed"));
    server.enqueue(json(200, "{\"task_id\":\"r1\",\"status\":\"failed\",\"task_failure_info\":"
        + "{\"code\":10001,\"message\":\"Navigation timeout\"}}"));

    assertThatThrownBy(() -> client.runs().waitFor("r1", WaitOptions.defaults()))
        .isInstanceOfSatisfying(TaskFailedException.class, e -> {
          assertThat(e.run().getTaskId()).isEqualTo("r1");
          assertThat(e.task()).isNull();
          assertThat(e.taskId()).isEqualTo("r1");
          assertThat(e.getMessage()).isEqualTo("Run r1 failed: code 10001, Navigation timeout");
        });
  }

  @Test
  void aCanceledRunThrowsUnlessTheCallerWantsItBack() {
    server.enqueue(runStatus("canceled"));
    server.enqueue(run("r1", "canceled"));
    server.enqueue(runStatus("canceled"));
    server.enqueue(run("r1", "canceled"));

    assertThatThrownBy(() -> client.runs().waitFor("r1", WaitOptions.defaults()))
        .isInstanceOfSatisfying(TaskCanceledException.class, e -> assertThat(e.run().getTaskId()).isEqualTo("r1"));
    assertThat(client.runs().waitFor("r1", WaitOptions.builder().returnCanceledTask(true).build()).getStatus())
        .isEqualTo(RunStatus.CANCELED);
  }

  @Test
  void aWaitTimesOutOnTheFakeClock() {
    for (int i = 0; i < 20; i++) {
      server.enqueue(runStatus("running"));
    }

    assertThatThrownBy(() -> client.runs().waitFor("r1", WaitOptions.builder().timeout(Duration.ofSeconds(5))
        .build())).isInstanceOf(WaitTimeoutException.class);
    assertThat(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void stepsReachTheListenerAsV2Steps() {
    List<String> steps = new CopyOnWriteArrayList<>();
    TaskListener stepper = new TaskListener() {
      @Override
      public boolean wantsSteps() {
        return true;
      }

      @Override
      public void onStep(String taskId, TaskStep step) {
        steps.add(step.getId() + ":" + step.getStepGoal());
      }
    };
    server.enqueue(run("r1", "finished"));

    client.runs().waitFor("r1", WaitOptions.builder().listener(stepper).build());

    assertThat(steps).containsExactly("s1:open");
  }

  @Test
  void asyncWaitCompletesWithTheRunAndFailsTyped() throws Exception {
    server.enqueue(runStatus("running"));
    server.enqueue(runStatus("finished"));
    server.enqueue(run("r1", "finished"));
    server.enqueue(runStatus("failed"));
    server.enqueue(run("r1", "failed"));
    WaitOptions fast = WaitOptions.builder().initialPollInterval(Duration.ofMillis(5))
        .maxPollInterval(Duration.ofMillis(10)).build();

    assertThat(client.runs().waitForAsync("r1", fast).get(5, TimeUnit.SECONDS).getOutput())
        .isEqualTo(Map.of("price", 12.5));
    assertThatThrownBy(() -> client.runs().waitForAsync("r1", fast).get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(TaskFailedException.class);
  }

  @Test
  void runAndWaitStartsThenWaitsWithTheCallbackUrl() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"r1\",\"status\":\"created\"}"));
    server.enqueue(runStatus("finished"));
    server.enqueue(run("r1", "finished"));

    CompletableFuture<Run> done = client.bots().runAndWaitAsync("b1", Map.of("k", "v"), WaitOptions.builder()
        .callbackUrl("https://hooks.example.com/ba").safetyPollInterval(Duration.ofMillis(5)).build());

    assertThat(done.get(5, TimeUnit.SECONDS).getTaskId()).isEqualTo("r1");
    assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{\"callback_url\":\"https://hooks.example.com/ba\","
        + "\"input\":{\"k\":\"v\"},\"status_change_callback_url\":\"https://hooks.example.com/ba\"}");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/runs/r1/status");
  }

  @Test
  void aV3CallbackBringsTheWaitsReadForward() throws Exception {
    server.enqueue(runStatus("running"));
    server.enqueue(run("r1", "finished"));
    CompletableFuture<Run> waiting = client.runs().waitForAsync("r1", WaitOptions.builder()
        .callbackUrl("https://hooks.example.com/ba").build());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v3/bots/runs/r1/status");

    assertThat(client.webhooks().accept("{\"task_id\":\"r1\",\"status\":\"finished\",\"output\":{}}"))
        .isEqualTo(WebhookOutcome.ACCEPTED);

    assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(RunStatus.FINISHED);
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v3/bots/runs/r1");
  }
}
