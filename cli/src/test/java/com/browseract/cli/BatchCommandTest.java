package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.batch.FakeBatchApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code browseract batch} in-process against the fake API for batches, in real (short) time. */
class BatchCommandTest {
  private static final String KEY = "sk-batch-SECRET-4242";

  @TempDir
  Path dir;
  private MockWebServer server;
  private FakeBatchApi api;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    api = new FakeBatchApi(Clock.systemUTC(), 2);
    api.durations = input -> Duration.ofMillis(300);
    server = api.serve();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
    assertThat(out.toString() + err.toString()).doesNotContain(KEY);
  }

  private int batch(String... args) {
    return command(List.of("batch", "wf-1"), args);
  }

  private int botsBatch(String... args) {
    return command(List.of("bots", "batch", "bot-1"), args);
  }

  private int command(List<String> command, String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new java.util.ArrayList<>(List.of("--api-key", KEY, "--base-url", server.url("/").toString()));
    all.addAll(command);
    all.addAll(List.of(args));
    return cli.execute(all.toArray(new String[0]));
  }

  private Path csv(String content) throws IOException {
    Path file = dir.resolve("keywords.csv");
    Files.writeString(file, content);
    return file;
  }

  @Test
  void runsEveryInputWithinThePlansLimitAndWritesAResultLineEach() throws IOException {
    Path inputs = csv("keyword,max_items\nlaptops,5\nmonitors,5\ntablets,5\nphones,5\nmice,5\n");
    Path results = dir.resolve("out.jsonl");

    int code = batch("--inputs", inputs.toString(), "--out", results.toString(), "--concurrency", "3");

    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readAllLines(results)).hasSize(5).allSatisfy(line -> assertThat(line).contains(
        "\"status\":\"finished\""));
    assertThat(Files.exists(dir.resolve("out.journal.jsonl"))).isTrue();
    assertThat(api.tasksPerInput()).hasSize(5).allSatisfy((input, tasks) -> assertThat(tasks).isEqualTo(1));
    assertThat(err.toString()).contains("the plan refuses more tasks at once (code 10118): running at most 2 for now")
        .contains("5/5 done: 5 finished, 0 failed, 0 canceled");
    assertThat(out.toString()).isEmpty();

    int again = batch("--inputs", inputs.toString(), "--out", results.toString());
    assertThat(again).as("a rerun of a finished batch").isZero();
    assertThat(api.created()).as("starts nothing").hasSize(5);
    assertThat(Files.readAllLines(results)).hasSize(5);
  }

  @Test
  void withListenEveryStartCarriesTheReceiversUrlAndItsCallbacksRefillTheSlots() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    java.util.concurrent.ScheduledExecutorService poster = java.util.concurrent.Executors
        .newSingleThreadScheduledExecutor();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    // As BrowserAct does: the task, POSTed to its callback_url when it ends.
    api.onCreated = task -> poster.schedule(() -> http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(task.callbackUrl)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            api.callbackBody(task))).build(), java.net.http.HttpResponse.BodyHandlers.discarding()),
        Duration.between(java.time.Instant.now(), task.endsAt).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    Path inputs = csv("keyword\na\nb\nc\nd\ne\nf\n");
    try {
      long began = System.nanoTime();
      int code = batch("--inputs", inputs.toString(), "--concurrency", "2", "--listen", "127.0.0.1:" + port,
          "--public-url", "http://127.0.0.1:" + port);

      assertThat(code).as(err.toString()).isZero();
      // Looks alone would first come after 30 s (the safety look): only the callbacks can end it this soon.
      assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(15));
    } finally {
      poster.shutdownNow();
    }
    assertThat(api.created()).hasSize(6).allSatisfy(task -> {
      assertThat(task.callbackUrl).matches("http://127\\.0\\.0\\.1:" + port + "/browseract/callbacks/[\\w-]{43}");
      assertThat(task.statusCallbackUrl).isEqualTo(task.callbackUrl);
    });
    assertThat(err.toString()).contains("Listening for BrowserAct's callbacks on port " + port)
        .doesNotContain("/browseract/callbacks/");
  }

  @Test
  void listenWithoutAPublicUrlIsAUsageErrorBeforeAnyRequest() throws IOException {
    Path inputs = csv("keyword\na\n");

    assertThat(batch("--inputs", inputs.toString(), "--listen", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("error: --listen and --public-url go together");
    assertThat(api.requests()).isZero();
  }

  @Test
  void aFailedInputExitsWithOneAndJsonPrintsTheSummary() throws IOException {
    Path inputs = dir.resolve("in.jsonl");
    Files.writeString(inputs, "{\"keyword\":\"fine\"}\n{\"keyword\":\"fail me\"}\n");

    int code = batch("--inputs", inputs.toString(), "--retry-failed", "1");
    String json = out.toString();
    out.getBuffer().setLength(0);
    int jsonCode = Cli.commandLine().execute("--api-key", KEY, "--base-url", server.url("/").toString(), "--json",
        "batch", "wf-1", "--inputs", inputs.toString());

    assertThat(code).isEqualTo(ExitCodes.TASK_FAILED);
    assertThat(json).isEmpty();
    assertThat(api.tasksPerInput()).containsEntry("keyword=fail me", 2).containsEntry("keyword=fine", 1);
    assertThat(Files.readAllLines(dir.resolve("in.results.jsonl"))).hasSize(2);
    assertThat(jsonCode).isEqualTo(ExitCodes.TASK_FAILED);
  }

  @Test
  void aMalformedInputIsAUsageErrorNamingItsLineBeforeAnyRequest() throws IOException {
    int code = batch("--inputs", csv("keyword,max_items\nlaptops,5\nmonitors\n").toString());

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("line 3: has 1 fields, the header has 2");
    assertThat(api.requests()).isZero();
  }

  @Test
  void aDryRunChecksTheParametersTheWorkflowDeclaresAndStartsNothing() throws IOException {
    int ok = batch("--inputs", csv("keyword\nlaptops\n").toString(), "--dry-run");
    assertThat(ok).isZero();
    assertThat(err.toString()).contains("dry run: 1 inputs");

    int unknown = batch("--inputs", csv("keyword,colour\nlaptops,red\n").toString(), "--dry-run");
    assertThat(unknown).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("line 2: 'colour' is not an input parameter of workflow wf-1 (it has: "
        + "keyword, max_items)");
    assertThat(api.requests("run-task")).isZero();
  }

  @Test
  void aRefusedKeyExitsWithFiveAndOneReadableLine() throws IOException {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
        if (request.getPath().contains("get-workflow")) {
          return api.dispatch(request);
        }
        return new okhttp3.mockwebserver.MockResponse().setResponseCode(401).setBody(
            "{\"code\":401,\"msg\":\"Invalid authorization\",\"data\":null,\"traceId\":\"t-401\"}");
      }
    });

    int code = batch("--inputs", csv("keyword\nlaptops\n").toString());

    assertThat(code).isEqualTo(ExitCodes.API_ERROR);
    assertThat(err.toString()).contains("t-401").contains("BROWSERACT_API_KEY");
  }

  @Test
  void aBotsBatchRunsEachInputOnceByTheSameEngineAndWritesOutputAsJson() throws IOException {
    Path inputs = dir.resolve("in.jsonl");
    Files.writeString(inputs, "{\"keyword\":\"laptops\",\"max_items\":\"5\"}\n{\"keyword\":\"mice\"}\n"
        + "{\"keyword\":\"phones\"}\n");
    Path results = dir.resolve("out.jsonl");

    int code = botsBatch("--inputs", inputs.toString(), "--out", results.toString(), "--concurrency", "3");

    assertThat(code).as(err.toString()).isZero();
    assertThat(api.created()).hasSize(3);
    assertThat(api.requests("createRun")).as("3 starts and the plan's refusals").isGreaterThanOrEqualTo(3);
    assertThat(api.requests("run-task")).isZero();
    assertThat(api.tasksPerInput()).hasSize(3).allSatisfy((input, tasks) -> assertThat(tasks).isEqualTo(1));
    assertThat(Files.readAllLines(results)).hasSize(3).allSatisfy(line -> assertThat(line)
        .contains("\"status\":\"finished\"").containsPattern("\"output\":\\[\\{\"for\":"));
    assertThat(Files.readString(dir.resolve("out.journal.jsonl"))).contains("\"botId\":\"bot-1\"");

    int again = botsBatch("--inputs", inputs.toString(), "--out", results.toString());
    assertThat(again).as("a rerun of a finished batch").isZero();
    assertThat(api.created()).as("starts nothing").hasSize(3);
  }

  @Test
  void aBotsBatchChecksEveryInputAgainstTheSchemaBeforeTheFirstStart() throws IOException {
    Path inputs = csv("keyword,colour\nlaptops,red\n");

    int dryRun = botsBatch("--inputs", inputs.toString(), "--dry-run");
    int run = botsBatch("--inputs", inputs.toString());

    assertThat(dryRun).isEqualTo(ExitCodes.USAGE);
    assertThat(run).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("error: line 2: colour is not an input of this bot (its inputs: keyword,"
        + " max_items)");
    assertThat(api.requests("createRun")).isZero();
    assertThat(api.requests("queryBot")).as("only the schema was read").isEqualTo(2);
  }

  @Test
  void aBotsBatchDryRunStartsNothing() throws IOException {
    int code = botsBatch("--inputs", csv("keyword,max_items\nlaptops,5\nmice,2\n").toString(), "--dry-run");

    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("dry run: 2 inputs");
    assertThat(api.requests("createRun")).isZero();
  }
}
