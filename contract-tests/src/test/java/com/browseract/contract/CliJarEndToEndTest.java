package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher and shaded jar ({@code bin/browseract}) as a separate process, against scripted answers. */
@Order(7)
class CliJarEndToEndTest {
  private static final String KEY = "sk-e2e-SECRET-31337";
  private static final Path LAUNCHER = Paths.get("..", "bin", "browseract").toAbsolutePath().normalize();

  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  /** Exit code, stdout and stderr of one run. */
  private static final class Run {
    int code;
    String out;
    String err;
  }

  private Run browseract(String... args) throws Exception {
    return browseract(Paths.get(".").toAbsolutePath(), args);
  }

  private Run browseract(Path workingDirectory, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("-v", "--base-url", server.url("/").toString()));
    command.addAll(List.of(args));
    return launch(workingDirectory, command);
  }

  /** The launcher with exactly these arguments. */
  private Run launch(Path workingDirectory, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(args);
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .directory(workingDirectory.toFile());
    builder.environment().put("BROWSERACT_API_KEY", KEY);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("CLI finished").isTrue();
    Run run = new Run();
    run.code = process.exitValue();
    run.out = Files.readString(out, StandardCharsets.UTF_8);
    run.err = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(run.out + run.err).as("output never shows the key, even with -v").doesNotContain(KEY);
    return run;
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse task(String status) {
    return json(200, "{\"id\":\"t1\",\"status\":\"" + status + "\",\"workflow_id\":\"wf\",\"steps\":[],"
        + "\"created_at\":\"2026-11-29T00:00:00Z\",\"task_failure_info\":{\"code\":9,\"message\":\"Boom\"}}");
  }

  /** A fake API that starts task t1 and answers each poll by the seconds since the first one. */
  private void scriptByTime(BiFunction<Long, RecordedRequest, MockResponse> poll) {
    AtomicLong firstPoll = new AtomicLong();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().startsWith("/v2/workflow/run-task")) {
          return json(200, "{\"id\":\"t1\"}");
        }
        firstPoll.compareAndSet(0, System.nanoTime());
        return poll.apply(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstPoll.get()), request);
      }
    });
  }

  @Test
  void runWaitSurvivesPausesRateLimitsOutagesAndUnknownStatuses() throws Exception {
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    server.enqueue(task("running"));
    server.enqueue(task("paused"));
    server.enqueue(json(429, "{\"code\":429,\"msg\":\"slow\",\"traceId\":\"a\"}").setHeader("Retry-After", "0"));
    server.enqueue(json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"b\"}"));
    server.enqueue(task("new_kind_of_status"));
    server.enqueue(task("finished"));
    server.enqueue(task("finished")); // the full task, read once more at the end

    Run run = browseract("--json", "run", "wf", "-i", "keyword=laptops", "--wait", "--poll-interval", "10ms");

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out.trim()).startsWith("{").endsWith("}").contains("\"status\": \"finished\"");
    assertThat(run.err).contains("task t1: paused").contains("task t1: unknown")
        .contains("<-- getTaskStatus GET /v2/workflow/get-task-status 503")
        .containsPattern("API failing for 0 s, still waiting… \\(getTask(Status)?: HTTP 503, traceId b\\)")
        .doesNotContain("unreachable");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
  }

  /**
   * A task that ends 10 s after the first poll while the API answers 503 from 1 s to 9 s: the wait goes on
   * through the outage, says so on stderr, and ends with the task. (Outages of any length, in fake time, are
   * {@code WaitOutageTest}'s; this one proves the same through the real launcher and jar.)
   */
  @Test
  void runWaitOutlivesAnEightSecondOutage() throws Exception {
    scriptByTime((millis, request) -> {
      if (millis >= 1000 && millis < 9000) {
        return json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"outage\"}");
      }
      String status = millis >= 10_000 ? "finished" : "running";
      return request.getPath().startsWith("/v2/workflow/get-task-status") ? json(200, "{\"status\":\"" + status + "\"}")
          : json(200, "{\"id\":\"t1\",\"status\":\"" + status + "\",\"workflow_id\":\"wf\",\"steps\":[],"
              + "\"created_at\":\"2026-11-29T00:00:00Z\",\"output\":{\"string\":\"[42]\"}}");
    });

    Run run = browseract("run", "wf", "--wait", "--timeout", "1m", "--poll-interval", "500ms", "--max-poll-interval",
        "1s");

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).contains("Task t1  finished").contains("[42]");
    assertThat(run.err)
        .containsPattern("API failing for \\d+ s, still waiting… \\(getTask(Status)?: HTTP 503, traceId outage\\)")
        .containsPattern("API back after ([5-9]|1[0-2]) s");
  }

  /**
   * In a real pseudo-terminal 120 columns wide (util-linux {@code script}), with step goals as long as BrowserAct
   * writes them: every redraw of the progress line fits in one row, the elapsed time ticks between polls, and the
   * output, a list of flat records, is printed as a table.
   */
  @Test
  void onATerminalTheProgressStaysOneLineAndTheOutputIsATable() throws Exception {
    String goal = "Open the search results page, scroll until every product card has loaded, then read the name,"
        + " the price and the rating of each card and keep them in order";
    scriptByTime((millis, request) -> {
      String status = millis > 3000 ? "finished" : "running";
      if (request.getPath().startsWith("/v2/workflow/get-task-status")) {
        return json(200, "{\"status\":\"" + status + "\"}");
      }
      String step = "{\"id\":\"s%d\",\"step\":%d,\"status\":\"succeed\",\"evaluation_previous_goal\":\"-\","
          + "\"screenshots_url\":\"u\",\"step_goal\":\"%s\"}";
      return json(200, "{\"id\":\"t1\",\"status\":\"" + status + "\",\"workflow_id\":\"wf\",\"created_at\":"
          + "\"2026-11-29T00:00:00Z\",\"steps\":[" + String.format(step, 1, 1, goal) + "," + String.format(step, 2, 2, goal)
          + "],\"output\":{\"string\":\"[{\\\"name\\\":\\\"Laptop 14\\\",\\\"price\\\":799},"
          + "{\\\"name\\\":\\\"Laptop 16 Pro\\\",\\\"price\\\":1499}]\"}}");
    });
    String cli = LAUNCHER + " --base-url " + server.url("/") + " run wf --wait --poll-interval 1s";
    ProcessBuilder builder = new ProcessBuilder("script", "-qec", "stty cols 120 rows 40; exec " + cli, "/dev/null")
        .redirectErrorStream(true);
    builder.environment().put("BROWSERACT_API_KEY", KEY);
    builder.environment().remove("COLUMNS");
    Process process = builder.start();
    String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(screen).isZero();
    for (String row : screen.split("\n")) {
      for (String redraw : row.split("\r")) {
        assertThat(redraw.replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "").length()).as("a redraw: %s", redraw)
            .isLessThan(120);
      }
    }
    assertThat(screen).contains("[00:02]").contains("step 2: Open the search results page").contains("…")
        .containsPattern("name +price").containsPattern("Laptop 16 Pro +1499").doesNotContain(KEY);
  }

  @Test
  void filesGoToAFolderPerTaskWithDistinctNames(@TempDir Path workingDirectory) throws Exception {
    String file = "{\"guid\":\"g%d\",\"fileName\":\"report.csv\",\"status\":\"done\",\"downloadUrl\":\"%s\"}";
    server.enqueue(json(200, "{\"id\":\"t9\",\"status\":\"finished\",\"workflow_id\":\"wf\",\"steps\":[],"
        + "\"created_at\":\"2026-11-29T00:00:00Z\",\"download_files\":[" + String.format(file, 1, server.url("/f/1"))
        + "," + String.format(file, 2, server.url("/f/2")) + "]}"));
    server.enqueue(new MockResponse().setBody("a"));
    server.enqueue(new MockResponse().setBody("b"));

    Run run = browseract(workingDirectory, "files", "download", "t9");

    assertThat(run.code).as(run.err).isZero();
    assertThat(Files.readString(workingDirectory.resolve("t9/report.csv"))).isEqualTo("a");
    assertThat(Files.readString(workingDirectory.resolve("t9/report (2).csv"))).isEqualTo("b");
    assertThat(run.out).contains("g2").contains("report (2).csv");
  }

  @Test
  void failedTaskExitsWithOneAndItsMessage() throws Exception {
    server.enqueue(task("failed"));

    Run run = browseract("task", "wait", "t1");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("Task t1 failed: code 9, Boom");
  }

  @Test
  void authErrorExitsWithFive() throws Exception {
    server.enqueue(json(401, "{\"code\":401,\"msg\":\"Invalid API key\",\"traceId\":\"tr-9\"}"));

    Run run = browseract("regions");

    assertThat(run.code).isEqualTo(5);
    assertThat(run.err).contains("error: the API key was refused: Invalid API key (HTTP 401, code 401, traceId tr-9)."
        + " Check BROWSERACT_API_KEY");
  }

  @Test
  void aLoneVersionOptionIsAnsweredFromTheJarsManifestAsPicocliAnswersIt() throws Exception {
    Run fast = launch(Paths.get(".").toAbsolutePath(), List.of("--version"));
    Run throughPicocli = browseract("--version");

    assertThat(fast.code).isZero();
    assertThat(fast.out).matches("browseract \\d+\\.\\d+\\.\\d+.*\\R").isEqualTo(throughPicocli.out);
    assertThat(fast.err).isEmpty();
  }
}
