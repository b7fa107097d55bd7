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
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

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
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "-v", "--base-url", server.url("/").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("BROWSERACT_API_KEY", KEY);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("CLI finished").isTrue();
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

  @Test
  void runWaitSurvivesPausesRateLimitsOutagesAndUnknownStatuses() throws Exception {
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    server.enqueue(task("running"));
    server.enqueue(task("paused"));
    server.enqueue(json(429, "{\"code\":429,\"msg\":\"slow\",\"traceId\":\"a\"}").setHeader("Retry-After", "0"));
    server.enqueue(json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"b\"}"));
    server.enqueue(task("new_kind_of_status"));
    server.enqueue(task("finished"));

    Run run = browseract("--json", "run", "wf", "-i", "keyword=laptops", "--wait", "--poll-interval", "10ms");

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out.trim()).startsWith("{").endsWith("}").contains("\"status\": \"finished\"");
    assertThat(run.err).contains("task t1: paused").contains("task t1: unknown").contains("getTask -> 503");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
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
}
