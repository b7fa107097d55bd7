package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code browseract bots …} and {@code runs …} in-process against scripted v3 answers: inputs typed by the bot's
 * schema and refused before any run request, what is printed, and each v3 error code's line and exit code.
 */
class BotsCliTest extends MockApiCliTestBase {
  private static final String BOT = "{\"bot_id\":\"b1\",\"bot_type\":\"workflow\",\"name\":\"Shop search\","
      + "\"created_at\":\"2026-08-13T09:00:00Z\",\"published_at\":\"2026-08-13T09:00:00Z\",\"input_schema\":{"
      + "\"type\":\"object\",\"properties\":{\"keyword\":{\"type\":\"string\",\"description\":\"What to search\"},"
      + "\"max_items\":{\"type\":\"integer\"},\"headless\":{\"type\":\"boolean\"},"
      + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"keyword\"],"
      + "\"additionalProperties\":false},\"output_schema\":null}";

  @TempDir
  Path dir;

  private static MockResponse error(int code, String traceId) {
    return json(400, "{\"code\":" + code + ",\"msg\":\"refused\",\"data\":null,\"ts\":1786634400000,"
        + "\"time\":\"2026-08-13 18:00:00\",\"traceId\":\"" + traceId + "\"}");
  }

  private static MockResponse runAnswer(String status, String output) {
    return json(200, "{\"task_id\":\"r1\",\"bot_id\":\"b1\",\"bot_type\":\"workflow\",\"bot_name\":\"Shop search\","
        + "\"status\":\"" + status + "\",\"created_at\":\"2026-08-13T09:00:00Z\",\"input\":{},\"output\":" + output
        + ",\"output_files\":{\"csv\":{\"file_name\":\"result.csv\",\"file_size\":768,\"download_url\":"
        + "\"https://files.example.com/result.csv\"}},\"credit\":7,\"steps\":[]}");
  }

  /**
   * Serves bot b1 (its schema, however often it is read) and answers its starts with {@code start}; an unknown bot
   * is code 10111.
   *
   * @return the start requests, as they come
   */
  private List<RecordedRequest> botB1(MockResponse start) {
    List<RecordedRequest> starts = new CopyOnWriteArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().equals("/v3/bots/b1")) {
          return json(200, BOT);
        }
        if (request.getPath().equals("/v3/bots/b1/runs")) {
          starts.add(request);
          return start;
        }
        return error(10111, "t-10111");
      }
    });
    return starts;
  }

  private static MockResponse started() {
    return json(200, "{\"task_id\":\"r1\",\"status\":\"created\"}");
  }

  @Test
  void inputValuesAreTypedByTheBotsSchemaAndSentAsTheirJsonTypes() {
    List<RecordedRequest> starts = botB1(started());

    int code = run("bots", "run", "b1", "--input", "keyword=007", "--input", "max_items=5", "-i", "headless=true");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Started run r1 (created)");
    assertThat(starts).hasSize(1);
    assertThat(starts.get(0).getBody().readUtf8()).contains("\"keyword\":\"007\"").contains("\"headless\":true")
        // A number as written: not the text "5", nor 5.0.
        .containsPattern("\"max_items\":5[,}]");
  }

  @Test
  void aMistypedOrUnknownInputExitsTwoNamingTheFieldAndNoRunIsRequested() {
    List<RecordedRequest> starts = botB1(started());

    assertThat(run("bots", "run", "b1", "--input", "keyword=x", "--input", "max_items=five"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("bots", "run", "b1", "--input", "colour=red")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("bots", "run", "b1", "--input", "tags=a,b")).isEqualTo(ExitCodes.USAGE);

    assertThat(err.toString().lines()).containsExactly(
        "error: --input max_items: 'five' is not an integer",
        "error: --input colour is not an input of this bot (its inputs: headless, keyword, max_items, tags)",
        "error: --input tags takes an array, which NAME=VALUE text cannot give: give it with --input-json");
    assertThat(starts).as("no run was requested").isEmpty();
  }

  @Test
  void inputJsonGivesNestedValuesAndInputIsSetOverIt() throws Exception {
    Path file = dir.resolve("input.json");
    Files.writeString(file, "{\"keyword\":\"old\",\"tags\":[\"a\",\"b\"],\"max_items\":3}");
    List<RecordedRequest> starts = botB1(started());

    assertThat(run("bots", "run", "b1", "--input-json", "@" + file, "--input", "keyword=new")).isZero();

    String body = starts.get(0).getBody().readUtf8();
    assertThat(body).contains("\"keyword\":\"new\"").contains("\"tags\":[\"a\",\"b\"]")
        .doesNotContain("old");
  }

  @Test
  void inputJsonThatIsNotAnObjectIsAUsageErrorBeforeAnyRequest() {
    assertThat(run("bots", "run", "b1", "--input-json", "[1,2]")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("bots", "run", "b1", "--input-json", "{oops")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("bots", "run", "b1", "--input-json", "@" + dir.resolve("missing.json")))
        .isEqualTo(ExitCodes.USAGE);

    assertThat(err.toString()).contains("error: --input-json must be a JSON object")
        .contains("error: --input-json: not JSON").contains("error: --input-json: no file");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void noValidateReadsNoSchemaAndSendsTheTextAsGiven() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"r1\",\"status\":\"created\"}"));

    assertThat(run("bots", "run", "b1", "--no-validate", "--input", "max_items=5")).isZero();

    RecordedRequest start = server.takeRequest();
    assertThat(start.getPath()).isEqualTo("/v3/bots/b1/runs");
    assertThat(start.getBody().readUtf8()).contains("\"max_items\":\"5\"");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anInputThatBreaksTheSchemaIsRefusedByTheCheckBeforeTheRunRequest() {
    List<RecordedRequest> starts = botB1(started());

    assertThat(run("bots", "run", "b1", "--input", "max_items=5")).isEqualTo(ExitCodes.USAGE);

    assertThat(err.toString().trim()).startsWith("error: input does not match the input_schema of bot b1: ")
        .contains("keyword");
    assertThat(starts).isEmpty();
  }

  @Test
  void anUnknownOrUnpublishedBotSaysWhich() {
    botB1(error(10020, "t-10020"));

    assertThat(run("bots", "run", "b9", "--input", "keyword=x")).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run("bots", "run", "b1", "--input", "keyword=x")).isEqualTo(ExitCodes.API_ERROR);

    assertThat(err.toString().lines()).containsExactly(
        "error: queryBot: refused (HTTP 400, code 10111, traceId t-10111). Check the id: browseract bots list"
            + " shows your bots.",
        "error: createRun: refused (HTTP 400, code 10020, traceId t-10020). Publish the bot in BrowserAct, then"
            + " run it again.");
  }

  @Test
  void aStartThatMayHaveCreatedARunIsNeverResentAndSaysWhereToLook() {
    List<RecordedRequest> starts = botB1(json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"t-503\"}"));

    assertThat(run("bots", "run", "b1", "--input", "keyword=x")).isEqualTo(ExitCodes.API_ERROR);

    assertThat(starts).as("one start").hasSize(1);
    assertThat(err.toString().trim()).isEqualTo("error: createRun: busy (HTTP 503, code 503, traceId t-503). The task"
        + " may have been started anyway: look for it with browseract runs list --bot-id ID before running it again.");
  }

  @Test
  void cancelOfARunThatHasEndedSaysSoAndExitsZero() {
    server.enqueue(error(10121, "t-10121"));
    server.enqueue(error(10121, "t-10121"));
    server.enqueue(json(200, "{\"task_id\":\"r1\",\"status\":\"canceled\",\"updated_at\":\"2026-08-13T09:01:00Z\"}"));

    assertThat(run("runs", "cancel", "r1")).isZero();
    assertThat(run("--json", "runs", "cancel", "r1")).isZero();
    assertThat(run("runs", "cancel", "r1", "--biz-code", "7")).isZero();

    assertThat(out.toString()).contains("Run r1 had already ended: nothing to cancel")
        .contains("\"already_ended\": true").contains("Canceled run r1");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void resumeOfAnAgentRunSaysAgentRunsCannotBeResumedAndExitsFive() {
    server.enqueue(error(10879, "t-10879"));

    assertThat(run("runs", "resume", "r1")).isEqualTo(ExitCodes.API_ERROR);
    assertThat(err.toString().trim()).isEqualTo("error: resumeRun: refused (HTTP 400, code 10879, traceId t-10879)."
        + " An agent bot's run cannot be resumed: run it again instead.");
  }

  @Test
  void anUnknownRunOrTemplateSaysWhereToLook() {
    server.enqueue(error(10112, "t-10112"));
    server.enqueue(error(10176, "t-10176"));

    assertThat(run("runs", "get", "r9")).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run("bots", "templates", "get", "tpl9")).isEqualTo(ExitCodes.API_ERROR);

    assertThat(err.toString()).contains("code 10112, traceId t-10112). Check the id: browseract runs list")
        .contains("code 10176, traceId t-10176). Check the id: browseract bots templates list");
  }

  @Test
  void aRunsOutputOfFlatRecordsIsATableThenItsFilesWithSizes() {
    server.enqueue(runAnswer("finished",
        "[{\"name\":\"Laptop 14\",\"price\":799},{\"name\":\"Laptop 16\",\"price\":1499.5}]"));

    assertThat(run("runs", "get", "r1")).isZero();

    assertThat(out.toString()).contains("Run r1  finished").contains("bot       b1  Shop search (workflow)")
        .contains("credits   7").contains("name       price\nLaptop 14  799\nLaptop 16  1499.5")
        .contains("Files:\nKIND  NAME        SIZE\ncsv   result.csv  768 bytes");
  }

  @Test
  void anyOtherOutputIsIndentedJsonAndJsonPrintsTheOutputAsJson() {
    server.enqueue(runAnswer("finished", "{\"count\":3,\"items\":[{\"a\":{\"b\":1}}]}"));
    server.enqueue(runAnswer("finished", "{\"count\":3,\"items\":[{\"a\":{\"b\":1}}]}"));

    assertThat(run("runs", "get", "r1")).isZero();
    String plain = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("--json", "runs", "get", "r1")).isZero();

    assertThat(plain).contains("Output:\n{\n  \"count\": 3,\n  \"items\": [");
    assertThat(out.toString()).contains("\"output\": {\n    \"count\": 3,").contains("\"credit\": 7")
        .doesNotContain("3.0").doesNotContain("\\\"count");
  }

  @Test
  void aWaitThatTimesOutSaysHowToKeepWaitingForTheRun() {
    for (int i = 0; i < 40; i++) {
      server.enqueue(json(200, "{\"task_id\":\"r1\",\"status\":\"running\",\"updated_at\":\"2026-08-13T09:01:00Z\"}"));
    }

    assertThat(run("runs", "wait", "r1", "--timeout", "200ms", "--poll-interval", "50ms"))
        .isEqualTo(ExitCodes.WAIT_TIMEOUT);
    assertThat(err.toString()).contains("Keep waiting with: browseract runs wait r1");
  }

  @Test
  void aFailedRunExitsOne() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getPath().endsWith("/status") ? json(200, "{\"task_id\":\"r1\",\"status\":\"failed\","
            + "\"updated_at\":\"2026-08-13T09:01:00Z\"}") : json(200, "{\"task_id\":\"r1\",\"bot_id\":\"b1\","
            + "\"bot_type\":\"workflow\",\"status\":\"failed\",\"created_at\":\"2026-08-13T09:00:00Z\",\"input\":{},"
            + "\"task_failure_info\":{\"code\":7,\"message\":\"Navigation timeout\"}}");
      }
    });

    assertThat(run("runs", "wait", "r1", "--poll-interval", "10ms")).isEqualTo(ExitCodes.TASK_FAILED);
    assertThat(err.toString()).contains("run r1: failed").contains("error: Run r1 failed: code 7, Navigation timeout");
  }

  @Test
  void botsGetShowsTheInputSchemaAsATable() {
    server.enqueue(json(200, BOT));

    assertThat(run("bots", "get", "b1")).isZero();

    assertThat(out.toString()).contains("Bot b1  Shop search (workflow)").contains("Input:\n"
        + "NAME       TYPE             REQUIRED  DESCRIPTION\n"
        + "keyword    string           yes       What to search\n"
        + "max_items  integer\n"
        + "headless   boolean\n"
        + "tags       array of string").contains("Output: no schema");
  }

  /** A finished run whose result files (csv, json) and one download are served by the mock server. */
  private void finishedRunWithFiles() {
    String base = server.url("/files/").toString();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        if (path.startsWith("/files/")) {
          return new MockResponse().setBody("content of " + path.substring(7));
        }
        if (path.equals("/v3/bots/b1")) {
          return json(200, BOT);
        }
        if (path.equals("/v3/bots/b1/runs")) {
          return json(200, "{\"task_id\":\"r1\",\"status\":\"created\"}");
        }
        if (path.endsWith("/status")) {
          return json(200, "{\"task_id\":\"r1\",\"status\":\"finished\",\"updated_at\":\"2026-08-13T09:01:00Z\"}");
        }
        return json(200, "{\"task_id\":\"r1\",\"bot_id\":\"b1\",\"bot_type\":\"workflow\",\"status\":\"finished\","
            + "\"created_at\":\"2026-08-13T09:00:00Z\",\"input\":{},\"output\":[{\"a\":1}],\"output_files\":{"
            + "\"csv\":{\"file_name\":\"result.csv\",\"file_size\":12,\"download_url\":\"" + base + "result.csv\"},"
            + "\"json\":{\"file_name\":\"result.json\",\"file_size\":13,\"download_url\":\"" + base + "result.json\"}},"
            + "\"download_files\":[{\"guid\":\"g1\",\"file_name\":\"report.pdf\",\"file_size\":5,\"status\":"
            + "\"completed\",\"download_url\":\"" + base + "report.pdf\"}]}");
      }
    });
  }

  @Test
  void runsDownloadWritesEveryResultFormatAndEveryDownloadIntoDirTaskId() throws IOException {
    finishedRunWithFiles();

    assertThat(run("runs", "download", "r1", "--dir", dir.toString())).as(err.toString()).isZero();

    Path folder = dir.resolve("r1");
    assertThat(Files.readString(folder.resolve("result.csv"))).isEqualTo("content of result.csv");
    assertThat(Files.readString(folder.resolve("result.json"))).isEqualTo("content of result.json");
    assertThat(Files.readString(folder.resolve("report.pdf"))).isEqualTo("content of report.pdf");
    assertThat(out.toString()).contains("result.csv").contains("report.pdf");
    assertThat(err.toString()).contains("3 files in " + folder);

    assertThat(run("runs", "download", "r1", "--dir", dir.toString(), "--format", "csv")).isZero();
    assertThat(folder.toFile().list()).as("nothing overwritten: the second csv and pdf get new names")
        .containsExactlyInAnyOrder("result.csv", "result.json", "report.pdf", "result (2).csv", "report (2).pdf");
  }

  @Test
  void aFormatTheRunDoesNotHaveIsAUsageErrorAndWritesNothing() {
    finishedRunWithFiles();

    assertThat(run("runs", "download", "r1", "--dir", dir.toString(), "--format", "xml"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("run r1 has no output file in format xml; it has [csv, json]");
    assertThat(dir.resolve("r1")).doesNotExist();
  }

  @Test
  void botsRunWaitDownloadWritesTheFilesOnceTheRunHasEnded() throws IOException {
    finishedRunWithFiles();

    assertThat(run("bots", "run", "b1", "--input", "keyword=x", "--wait", "--poll-interval", "10ms",
        "--download", dir.toString())).as(err.toString()).isZero();

    assertThat(dir.resolve("r1").toFile().list()).containsExactlyInAnyOrder("result.csv", "result.json",
        "report.pdf");
    assertThat(out.toString()).contains("Run r1  finished").contains("WRITTEN TO");
  }

  @Test
  void downloadWithoutWaitIsAUsageErrorBeforeAnyRequest() {
    assertThat(run("bots", "run", "b1", "--download", dir.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--download needs --wait");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theCommandNamesAreTheOnesScriptsUse() {
    CommandLine cli = Cli.commandLine();
    CommandLine bots = cli.getSubcommands().get("bots");
    assertThat(bots.getSubcommands().keySet()).containsExactlyInAnyOrder("list", "get", "run", "run-template",
        "templates", "regions", "batch");
    assertThat(bots.getSubcommands().get("templates").getSubcommands().keySet()).containsExactlyInAnyOrder("list",
        "get");
    assertThat(cli.getSubcommands().get("runs").getSubcommands().keySet()).containsExactlyInAnyOrder("list", "get",
        "status", "wait", "cancel", "resume", "download");
  }
}
