package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** What the CLI says while a wait meets a failing API, and how it ends: never "unreachable" for an answer. */
class ApiFailureLinesTest {
  private MockWebServer server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private int run(String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 4];
    all[0] = "--api-key";
    all[1] = "sk-test";
    all[2] = "--base-url";
    all[3] = server.url("/").toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return cli.execute(all);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
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
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
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
