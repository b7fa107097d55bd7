package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.errors.WaitTimeoutException;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TaskWaiterTest extends MockApiTestBase {
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final TaskListener recorder = new TaskListener() {
    @Override
    public void onStatusChange(String taskId, TaskStatus previous, TaskStatus current) {
      events.add(previous + "->" + current);
    }
  };

  @Test
  void followsTheWholeLifecycleAndFetchesTheFullTaskOnce() throws Exception {
    for (String s : List.of("created", "running", "paused", "pausing", "running", "finished")) {
      server.enqueue(status(s));
    }
    server.enqueue(task("task_1", "finished"));

    Task done = client.tasks().waitFor("task_1", WaitOptions.builder().listener(recorder).build());

    assertThat(done.getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(events).containsExactly("null->created", "created->running", "running->paused",
        "paused->pausing", "pausing->running", "running->finished");
    // 1 s, then ×1.5 each time, capped at 2 s while the task is young (7 % of the time waited, at least 2 s).
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500),
        Duration.ofMillis(2000), Duration.ofMillis(2000), Duration.ofMillis(2000));
    for (int i = 0; i < 6; i++) {
      assertThat(server.takeRequest().getPath()).isEqualTo("/v2/workflow/get-task-status?task_id=task_1");
    }
    assertThat(server.takeRequest().getPath()).isEqualTo("/v2/workflow/get-task?task_id=task_1");
    assertThat(server.getRequestCount()).isEqualTo(7);
  }

  @Test
  void pollIntervalIsCappedAtTheMaximum() {
    for (int i = 0; i < 8; i++) {
      server.enqueue(status("running"));
    }
    server.enqueue(status("finished"));
    server.enqueue(task("t", "finished"));

    client.tasks().waitFor("t", WaitOptions.builder().pollSchedule(PollSchedule.builder().maxInterval(Duration.ofSeconds(3)).capShare(0).build()).build());

    assertThat(time.sleeps).endsWith(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(time.sleeps).allMatch(d -> d.compareTo(Duration.ofSeconds(3)) <= 0);
  }

  @Test
  void failedTaskThrowsWithTheTaskAndItsFailureInfo() {
    server.enqueue(status("running"));
    server.enqueue(status("failed"));
    server.enqueue(json(200, "{\"id\":\"t\",\"status\":\"failed\",\"workflow_id\":\"wf\",\"steps\":[],"
        + "\"created_at\":\"2026-11-29T00:00:00Z\",\"task_failure_info\":{\"code\":10001,\"message\":\"Navigation timeout\"}}"));

    assertThatThrownBy(() -> client.tasks().waitFor("t", WaitOptions.defaults()))
        .isInstanceOfSatisfying(TaskFailedException.class, e -> {
          assertThat(e.failureInfo().getCode()).isEqualTo(10001);
          assertThat(e.task().getId()).isEqualTo("t");
          assertThat(e.getMessage()).isEqualTo("Task t failed: code 10001, Navigation timeout");
        });
  }

  @Test
  void canceledTaskThrowsOrIsReturnedWhenAsked() {
    server.enqueue(status("canceled"));
    server.enqueue(task("t", "canceled"));
    server.enqueue(status("canceled"));
    server.enqueue(task("t", "canceled"));

    assertThatThrownBy(() -> client.tasks().waitFor("t", WaitOptions.defaults()))
        .isInstanceOf(TaskCanceledException.class);
    assertThat(client.tasks().waitFor("t", WaitOptions.builder().returnCanceledTask(true).build()).getStatus())
        .isEqualTo(TaskStatus.CANCELED);
  }

  @Test
  void timeoutReportsTheLastStatusAndLeavesTheTaskAlone() throws Exception {
    for (int i = 0; i < 20; i++) {
      server.enqueue(status("paused"));
    }

    assertThatThrownBy(() -> client.tasks().waitFor("t", WaitOptions.builder().timeout(Duration.ofSeconds(5)).build()))
        .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
          assertThat(e.lastStatus()).isEqualTo(TaskStatus.PAUSED);
          assertThat(e.taskId()).isEqualTo("t");
          assertThat(e.waited()).isEqualTo(Duration.ofSeconds(5));
        });
    // Sleeps are cut at the deadline: 1 + 1.5 + 2 = 4.5 s, then 0.5 s, then one last poll.
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500),
        Duration.ofMillis(2000), Duration.ofMillis(500));
    for (int i = 0; i < server.getRequestCount(); i++) {
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
    }
  }

  @Test
  void unknownAndUnrecognisedStatusesKeepWaiting() {
    server.enqueue(status("unknown"));
    server.enqueue(status("queued_for_gpu"));
    server.enqueue(status("finished"));
    server.enqueue(task("t", "finished"));

    client.tasks().waitFor("t", WaitOptions.builder().listener(recorder).build());

    assertThat(events).containsExactly("null->unknown", "unknown->finished");
  }

  @Test
  void transientErrorsDuringPollingAreRetried() {
    server.enqueue(status("running"));
    server.enqueue(error(503, 503, "busy", "t"));
    server.enqueue(error(429, 429, "slow", "t").setHeader("Retry-After", "2"));
    server.enqueue(status("finished"));
    server.enqueue(task("t", "finished"));

    assertThat(client.tasks().waitFor("t", WaitOptions.defaults()).getStatus()).isEqualTo(TaskStatus.FINISHED);
    // Polls are sent once each; the wait's own schedule (1 s ×1.5, or later as Retry-After asks) spaces them.
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofMillis(2000));
  }

  @Test
  void listenerThatWantsStepsPollsTheFullTaskAndHearsEachNewStepOnce() {
    server.enqueue(withSteps("running", 1));
    server.enqueue(withSteps("running", 1));
    server.enqueue(withSteps("running", 3));
    server.enqueue(withSteps("finished", 4));
    List<String> goals = new CopyOnWriteArrayList<>();
    TaskListener steps = new TaskListener() {
      @Override
      public void onStep(String taskId, TaskStep step) {
        goals.add(step.getStepGoal());
      }

      @Override
      public boolean wantsSteps() {
        return true;
      }
    };

    Task done = client.tasks().waitFor("t", WaitOptions.builder().listener(steps).build());

    assertThat(goals).containsExactly("goal 1", "goal 2", "goal 3", "goal 4");
    assertThat(done.getSteps()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  private static MockResponse withSteps(String status, int count) {
    StringBuilder steps = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      steps.append(i > 1 ? "," : "").append("{\"id\":\"s").append(i).append("\",\"step\":").append(i)
          .append(",\"status\":\"succeed\",\"evaluation_previous_goal\":\"ok\",\"step_goal\":\"goal ").append(i)
          .append("\",\"screenshots_url\":\"https://example.com/").append(i).append(".png\"}");
    }
    return json(200, "{\"id\":\"t\",\"status\":\"" + status + "\",\"workflow_id\":\"wf\","
        + "\"created_at\":\"2026-11-29T00:00:00Z\",\"steps\":[" + steps + "]}");
  }

  @Test
  void runAndWaitChainsRunAndWait() throws Exception {
    server.enqueue(json(200, "{\"id\":\"new_task\"}"));
    server.enqueue(status("finished"));
    server.enqueue(task("new_task", "finished"));

    Task done = client.tasks().runAndWait(new RunTaskRequest().workflowId("wf"),
        WaitOptions.defaults());

    assertThat(done.getId()).isEqualTo("new_task");
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
  }

  @Test
  void asyncWaitCompletesWithTheFinishedTask() throws Exception {
    server.enqueue(status("created"));
    server.enqueue(status("running"));
    server.enqueue(status("finished"));
    server.enqueue(task("t", "finished"));

    CompletableFuture<Task> future = client.tasks().waitForAsync("t", fastPolling().listener(recorder).build());

    assertThat(future.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(events).containsExactly("null->created", "created->running", "running->finished");
  }

  @Test
  void asyncWaitFailsWithTaskFailedException() {
    server.enqueue(status("failed"));
    server.enqueue(task("t", "failed"));

    assertThatThrownBy(() -> client.tasks().waitForAsync("t", fastPolling().build()).get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(TaskFailedException.class);
  }

  @Test
  void cancellingAnAsyncWaitStopsPollingAndStopsTheTaskWhenAsked() throws Exception {
    server.enqueue(status("running"));
    server.enqueue(new MockResponse().setResponseCode(200)); // the stop-task call

    CompletableFuture<Task> future = client.tasks().waitForAsync("t",
        WaitOptions.builder().pollSchedule(PollSchedule.builder().initialInterval(Duration.ofSeconds(30)).maxInterval(Duration.ofSeconds(30)).build())
            .stopTaskOnCancel(true).build());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getPath()).contains("get-task-status");
    Thread.sleep(100); // let the first poll's answer be handled and the next poll be scheduled
    future.cancel(true);

    assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    RecordedRequest stop = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(stop.getMethod()).isEqualTo("PUT");
    assertThat(stop.getPath()).isEqualTo("/v2/workflow/stop-task?task_id=t");
    assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void theReadOfAnEndedTaskGoesAheadOfPollsOfOtherWaitsAlreadyQueued() throws Exception {
    client.close();
    client = clientBuilder().maxConcurrentRequests(1).scheduler(new FakeScheduler(time)).build();
    CountDownLatch othersQueued = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getPath();
        String id = path.substring(path.indexOf('=') + 1);
        boolean status = path.contains("get-task-status");
        order.add((status ? "status " : "get ") + id);
        if (id.equals("a") && status) {
          othersQueued.await(5, TimeUnit.SECONDS);
        }
        return status ? status("finished") : task(id, "finished");
      }
    });

    CompletableFuture<Task> a = client.tasks().waitForAsync("a", WaitOptions.defaults());
    List<CompletableFuture<Task>> others = List.of(client.tasks().waitForAsync("b", WaitOptions.defaults()),
        client.tasks().waitForAsync("c", WaitOptions.defaults()));
    othersQueued.countDown();

    assertThat(a.get(5, TimeUnit.SECONDS).getId()).isEqualTo("a");
    CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
    // One request at a time; OkHttp alone would send them in the order asked: status a, b, c, then the reads.
    assertThat(order).containsExactly("status a", "get a", "status b", "get b", "status c", "get c");
  }

  @Test
  void theCapFollowsTheTasksAgeSoALongTaskCostsFewPolls() {
    ScriptedTaskApi api = new ScriptedTaskApi(time);
    api.endsAfter = Duration.ofMinutes(5);
    server.setDispatcher(api);

    client.tasks().waitFor("t1", WaitOptions.defaults());

    // Young: every 2 s at most; after 60 s about 4 s; from about 143 s on the 10 s maximum.
    assertThat(time.sleeps.subList(2, 10)).allMatch(d -> d.equals(Duration.ofSeconds(2)));
    assertThat(time.sleeps).contains(Duration.ofSeconds(10)).allMatch(d -> d.compareTo(Duration.ofSeconds(10)) <= 0);
    long polls = api.seen.stream().filter(line -> line.contains("get-task-status")).count();
    assertThat(polls).isBetween(45L, 60L);
    assertThat(api.elapsed()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(5).plusSeconds(10));
    assertThat(PollSchedule.defaults().delayAfter(20, Duration.ofSeconds(60))).isEqualTo(Duration.ofMillis(4200));
  }

  @Test
  void aListenerThatWantsStepsReadsTheFullTaskAtMostEverySoOftenAndOnceAtTheEnd() {
    ScriptedTaskApi api = new ScriptedTaskApi(time);
    api.endsAfter = Duration.ofSeconds(60);
    server.setDispatcher(api);
    TaskListener display = new TaskListener() {
      @Override
      public boolean wantsSteps() {
        return true;
      }

      @Override
      public Duration stepsEvery() {
        return Duration.ofSeconds(10);
      }
    };

    client.tasks().waitFor("t1", WaitOptions.builder().listener(display).build());

    long full = api.seen.stream().filter(line -> line.contains("/get-task?")).count();
    long status = api.seen.stream().filter(line -> line.contains("get-task-status")).count();
    assertThat(full).isBetween(6L, 9L);
    assertThat(status).isGreaterThan(15L);
  }

  private static WaitOptions.Builder fastPolling() {
    return WaitOptions.builder().pollSchedule(PollSchedule.builder().initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(10)).build());
  }
}
