package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Timeout;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The CLI in-process against scripted answers: parsing, output, and every exit code. */
class CliTest extends MockApiCliTestBase {

  private static MockResponse task(String status, String extra) {
    return json(200, "{\"id\":\"t1\",\"status\":\"" + status + "\",\"workflow_id\":\"wf\",\"created_at\":"
        + "\"2026-11-29T00:00:00Z\",\"steps\":[{\"id\":\"s1\",\"step\":1,\"status\":\"succeed\",\"step_goal\":"
        + "\"Open page\",\"evaluation_previous_goal\":\"-\",\"screenshots_url\":\"u\"}]" + extra + "}");
  }

  @Test
  void runWaitFollowsTheLifecycleAndPrintsOneJsonDocument() {
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    server.enqueue(task("created", ""));
    server.enqueue(task("paused", ""));
    server.enqueue(json(429, "{\"code\":429,\"msg\":\"slow\",\"traceId\":\"x\"}").setHeader("Retry-After", "0"));
    server.enqueue(json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"y\"}"));
    server.enqueue(task("brand_new_status", ""));
    server.enqueue(task("running", ""));
    server.enqueue(task("finished", ",\"output\":{\"string\":\"[1,2]\"}"));
    // Statuses are polled cheaply; the full task, with its steps, is read at the start and once at the end.
    server.enqueue(task("finished", ",\"output\":{\"string\":\"[1,2]\"}"));

    int code = run("--json", "run", "wf", "-i", "keyword=laptops", "--wait", "--poll-interval", "10ms",
        "--max-poll-interval", "20ms");

    assertThat(code).isZero();
    assertThat(out.toString().trim()).startsWith("{").endsWith("}").contains("\"output\"")
        .contains("\"workflow_id\": \"wf\"");
    assertThat(err.toString()).contains("Started task t1").contains("task t1: created").contains("task t1: paused")
        .contains("task t1: unknown").contains("task t1: finished").contains("step 1: Open page")
        .doesNotContain("\u001b[");
  }

  @Test
  void failedTaskExitsWithOne() {
    server.enqueue(task("failed", ",\"task_failure_info\":{\"code\":7,\"message\":\"Navigation timeout\"}"));

    assertThat(run("task", "wait", "t1", "--poll-interval", "10ms")).isEqualTo(ExitCodes.TASK_FAILED);
    assertThat(err.toString()).contains("Task t1 failed: code 7, Navigation timeout");
  }

  @Test
  void canceledTaskExitsWithThree() {
    server.enqueue(task("canceled", ""));

    assertThat(run("task", "wait", "t1")).isEqualTo(ExitCodes.TASK_CANCELED);
  }

  @Test
  void timeoutExitsWithFourAndSaysHowToKeepWaiting() {
    for (int i = 0; i < 50; i++) {
      server.enqueue(task("running", ""));
    }

    assertThat(run("task", "wait", "t1", "--timeout", "200ms", "--poll-interval", "50ms"))
        .isEqualTo(ExitCodes.WAIT_TIMEOUT);
    assertThat(err.toString()).contains("browseract task wait t1");
  }

  @Test
  void apiErrorExitsWithFiveInOneLine() {
    server.enqueue(json(401, "{\"code\":401,\"msg\":\"Invalid API key\",\"traceId\":\"tr-1\"}"));

    assertThat(run("regions")).isEqualTo(ExitCodes.API_ERROR);
    assertThat(err.toString().trim()).isEqualTo("error: the API key was refused: Invalid API key"
        + " (HTTP 401, code 401, traceId tr-1). Check BROWSERACT_API_KEY (or --api-key).");
  }

  @Test
  void networkErrorExitsWithSix() throws IOException {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    assertThat(run("task", "status", "t1")).isEqualTo(ExitCodes.NETWORK_ERROR);
  }

  @Test
  void runIsNeverSentTwiceOn503() {
    server.enqueue(json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"z\"}"));

    assertThat(run("run", "wf")).isEqualTo(ExitCodes.API_ERROR);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(err.toString().trim()).isEqualTo("error: runTask: busy (HTTP 503, code 503, traceId z). The task may"
        + " have been started anyway: look for it with browseract tasks list --workflow-id ID before running it"
        + " again.").doesNotContain("tasks()");
  }

  @Test
  void aStartCutOffAfterSendingSaysInCliTermsThatTheTaskMayExist() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThat(run("run", "wf")).isEqualTo(ExitCodes.NETWORK_ERROR);
    assertThat(err.toString().trim()).startsWith("error: runTask got no answer from the API (")
        .endsWith("look for it with browseract tasks list --workflow-id ID before running it again.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void forbiddenAndUnreadableAnswersGetTheirOwnLines() {
    server.enqueue(json(403, "{\"code\":403,\"msg\":\"Forbidden\",\"traceId\":\"t403\"}"));
    server.enqueue(json(200, "<html>oops</html>"));
    server.enqueue(json(200, "<html>oops</html>")); // one unreadable answer is tried again

    assertThat(run("regions")).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run("workflows", "get", "wf")).isEqualTo(ExitCodes.API_ERROR);
    assertThat(err.toString()).contains("error: getRegionList: Forbidden (HTTP 403, code 403, traceId t403). The API"
        + " key may not do this").contains("error: getWorkflowConfig: could not parse the answer as Workflow");
  }

  @Test
  void tasksListSendsTheNewFiltersWithRelativeAndIsoTimes() throws Exception {
    server.enqueue(json(200, "{\"page\":1,\"limit\":20,\"total_pages\":0,\"total_count\":0,\"items\":[]}"));
    clock = Clock.fixed(Instant.parse("2031-05-04T12:00:00Z"), ZoneOffset.UTC);

    assertThat(run("tasks", "list", "--workflow-name", "shop", "--created-from", "2h", "--created-to",
        "2031-05-04T11:30:00Z")).isZero();

    okhttp3.HttpUrl url = server.takeRequest().getRequestUrl();
    assertThat(url.queryParameter("workflow_name")).isEqualTo("shop");
    assertThat(url.queryParameter("created_at_from")).isEqualTo("2031-05-04T10:00:00Z");
    assertThat(url.queryParameter("created_at_to")).isEqualTo("2031-05-04T11:30:00Z");
    assertThat(out.toString()).contains("(none)");
  }

  @Test
  void anAgeLaterThanTheEndOfTheRangeIsAUsageErrorBeforeAnyRequest() {
    clock = Clock.fixed(Instant.parse("2031-05-04T12:00:00Z"), ZoneOffset.UTC);

    assertThat(run("tasks", "list", "--created-from", "2h", "--created-to", "2031-05-04T09:00:00Z"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBadTimeIsAUsageErrorBeforeAnyRequest() {
    assertThat(run("tasks", "list", "--created-from", "yesterday")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("'yesterday' is not a time");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aStartRefusedByThePlansLimitWaitsForASlotWhenAsked() {
    String limit = "{\"code\":10118,\"msg\":\"Running tasks number exceeds.\",\"traceId\":\"tl\"}";
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(400, limit));
    }
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(400, limit));
    }

    assertThat(run("run", "wf", "--wait-for-slot", "1m")).isZero();
    assertThat(out.toString()).contains("Started task t1");
    assertThat(server.getRequestCount()).isEqualTo(4);

    assertThat(run("run", "wf")).isEqualTo(ExitCodes.API_ERROR);
    assertThat(err.toString().trim()).startsWith("error: your plan already runs as many tasks at once as it allows"
        + " (1 on the free plan, 20 on paid plans): Running tasks number exceeds. (HTTP 400, code 10118, traceId tl)");
  }

  @Test
  void aWaitThatTimesOutDuringAnOutageSaysTheApiWasFailing() {
    for (int i = 0; i < 30; i++) {
      server.enqueue(json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"o\"}"));
    }

    assertThat(run("task", "wait", "t1", "--timeout", "1s", "--poll-interval", "100ms")).isEqualTo(ExitCodes.WAIT_TIMEOUT);
    assertThat(err.toString()).contains("API failing for").contains("error: the API was failing when the wait"
        + " ended: Task t1's status could not be read after waiting").contains("Keep waiting with: browseract task wait t1");
  }

  @Test
  void usageErrorsExitWithTwoBeforeAnyRequest() {
    assertThat(run("run")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("tasks", "list", "--limit", "501")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("task", "wait", "t1", "--timeout", "soon")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("run", "wf", "--callback-url", "ftp://x")).isEqualTo(ExitCodes.USAGE);
    assertThat(server.getRequestCount()).isZero();
    assertThat(err.toString()).contains("limit must be between 1 and 500").contains("is not a duration");
  }

  @Test
  void missingKeyIsAUsageError() {
    CommandLine cli = Cli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("--base-url", server.url("/").toString(), "regions")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("no API key");
  }

  @Test
  void listsPrintTablesOrJsonItems() {
    server.enqueue(json(200, "{\"page\":1,\"limit\":20,\"total_pages\":1,\"total_count\":1,\"items\":[{\"id\":\"t9\","
        + "\"status\":\"finished\",\"workflow_id\":\"wf\",\"created_at\":\"2026-11-29T00:00:00Z\"}]}"));
    server.enqueue(json(200, "[{\"code\":\"US\",\"name\":\"United States\"}]"));

    assertThat(run("tasks", "list", "--status", "finished")).isZero();
    assertThat(run("--json", "regions")).isZero();

    assertThat(out.toString()).contains("ID  STATUS    WORKFLOW  CREATED").contains("t9  finished  wf")
        .contains("\"code\": \"US\"");
  }

  @Test
  void verboseLogsCallsButNotTheKey() {
    server.enqueue(json(200, "{\"status\":\"running\"}"));

    assertThat(run("-v", "task", "status", "t1")).isZero();
    assertThat(out.toString().trim()).isEqualTo("running");
  }

  @Test
  void durationsAcceptShortAndIsoForms() {
    DurationConverter converter = new DurationConverter();
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(converter.convert("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(converter.convert("PT10M")).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  @Timeout(20)
  void runWaitWithListenReturnsOnTheCallbackAndSendsTheReceiversUrl() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String publicUrl = "http://127.0.0.1:" + port;
    AtomicBoolean finished = new AtomicBoolean();
    AtomicInteger callbackAnswer = new AtomicInteger();
    List<String> seen = new CopyOnWriteArrayList<>();
    List<Thread> senders = new CopyOnWriteArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        seen.add(request.getPath().replaceAll("\\?.*", ""));
        if (request.getPath().startsWith("/v2/workflow/run-task")) {
          String body = request.getBody().readUtf8();
          seen.add(body);
          Matcher url = Pattern.compile("\"callback_url\":\"([^\"]+)\"").matcher(body);
          url.find();
          Thread sender = new Thread(() -> callbackAnswer.set(postFinishedLater(url.group(1))));
          senders.add(sender);
          sender.start();
          return json(200, "{\"id\":\"t1\"}");
        }
        return task(finished.get() ? "finished" : "running", "");
      }

      private int postFinishedLater(String callbackUrl) {
        try {
          Thread.sleep(500);
          finished.set(true);
          return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(callbackUrl))
              .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"t1\",\"status\":\"finished\"}")).build(),
              HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
          return -1;
        }
      }
    });

    int code = run("run", "wf", "--wait", "--listen", String.valueOf(port), "--public-url", publicUrl + "/");

    assertThat(code).isZero();
    senders.get(0).join(5000);
    assertThat(callbackAnswer.get()).isEqualTo(200);
    assertThat(err.toString()).contains("Listening for BrowserAct's callbacks on port " + port)
        .contains("task t1: finished");
    // Start, the first read (running), then the read the callback asked for: no poll in between (the next was 30 s
    // away), so the callback ended the wait.
    assertThat(seen).hasSize(4);
    assertThat(seen.get(1)).matches(".*\"callback_url\":\"" + publicUrl + "/browseract/callbacks/[\\w-]{43}\".*")
        .matches(".*\"status_change_callback_url\":\"" + publicUrl + "/browseract/callbacks/[\\w-]{43}\".*");
    assertThat(seen.subList(2, 4)).containsExactly("/v2/workflow/get-task", "/v2/workflow/get-task");
    assertThat(out.toString()).contains("Task t1").contains("finished");
  }

  @Test
  void listenOptionsAreCheckedBeforeAnyRequest() {
    assertThat(run("run", "wf", "--wait", "--listen", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("run-template", "tpl", "--wait", "--public-url", "https://hooks.example.com"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("error: --listen and --public-url go together");
    assertThat(run("run", "wf", "--listen", "0", "--public-url", "https://hooks.example.com"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("error: --listen needs --wait");
    assertThat(run("run", "wf", "--wait", "--listen", "0", "--public-url", "hooks.example.com"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("error: --public-url: publicBaseUrl must be an absolute http(s) URL");
    assertThat(run("run", "wf", "--wait", "--listen", "99999", "--public-url", "https://hooks.example.com"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(server.getRequestCount()).isZero();
  }

  /** The task has finished; its status says so, and every read of the task answers a body cut short. */
  private void finishedButUnreadable() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        if (path.startsWith("/v2/workflow/run-task")) {
          return json(200, "{\"id\":\"t1\"}");
        }
        if (path.startsWith("/v2/workflow/get-task-status")) {
          return json(200, "{\"status\":\"finished\"}");
        }
        return json(200, "{\"id\":\"t1\",\"status\":\"finished\",\"workflow_id\":\"wf\",\"ste");
      }
    });
  }

  @Test
  @Timeout(60)
  void aTaskWhoseReadIsNeverReadableEndsWithFiveAtOnceAndTheApiIsNeverCalledUnreachable() {
    finishedButUnreadable();

    assertThat(run("run", "wf", "--wait")).isEqualTo(ExitCodes.API_ERROR);

    String said = err.toString();
    assertThat(said).doesNotContain("unreachable").doesNotContain("API back")
        .contains("API answers unreadable for").contains("(getTask: HTTP 200)");
    assertThat(said.lines().filter(line -> line.startsWith("error: "))).singleElement().asString()
        .startsWith("error: getTask: could not parse the answer as Task")
        .contains("(HTTP 200, traceId none)").endsWith("quote the traceId to BrowserAct, or update browseract.");
    assertThat(server.getRequestCount()).as("a start, then reads and statuses until the third unreadable read")
        .isEqualTo(6);
  }

  @Test
  void anOutageWithAnswersIsFailingAndTheApiIsBackOnlyWhenTheFailingCallIsAnsweredAgain() {
    server.enqueue(json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"o\"}"));
    server.enqueue(json(200, "{\"status\":\"running\"}"));
    server.enqueue(json(200, "{\"status\":\"finished\"}"));
    server.enqueue(json(200, "{\"id\":\"t1\",\"status\":\"finished\",\"workflow_id\":\"wf\",\"steps\":[]}"));

    assertThat(run("task", "wait", "t1", "--poll-interval", "10ms", "--steps-every", "1h")).isZero();

    String said = err.toString();
    assertThat(said).contains("API failing for 0 s, still waiting… (getTask: HTTP 503, traceId o)")
        .contains("task t1: running").contains("API back after").doesNotContain("unreachable");
    assertThat(said.indexOf("API back")).as("back once the read answers, not when a status poll does")
        .isGreaterThan(said.indexOf("task t1: finished"));
  }
}
