package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.model.InputParameter;
import com.browseract.client.model.RunTaskRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HttpLogTest extends MockApiTest {
  final List<String> lines = new CopyOnWriteArrayList<>();

  BrowserAct logging(LogLevel level) {
    client.close();
    client = clientBuilder().logLevel(level).logSink(lines::add).build();
    return client;
  }

  @Test
  void infoLogsOneLinePerRequestAndAnswerWithAttemptStatusAndTraceId() {
    logging(LogLevel.INFO);
    server.enqueue(error(503, 503, "busy", "trace-busy"));
    server.enqueue(status("running").setHeader("traceId", "trace-ok"));

    client.tasks().status("task_1");

    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("--> getTaskStatus GET /v2/workflow/get-task-status?task_id=task_1 (attempt 1)");
    assertThat(lines.get(1)).matches("<-- getTaskStatus GET /v2/workflow/get-task-status 503 in \\d+ ms \\(attempt 1\\)"
        + " traceId=trace-busy");
    assertThat(lines.get(2)).isEqualTo("--> getTaskStatus GET /v2/workflow/get-task-status?task_id=task_1 (attempt 2)");
    assertThat(lines.get(3)).matches("<-- getTaskStatus GET /v2/workflow/get-task-status 200 in \\d+ ms \\(attempt 2\\)"
        + " traceId=trace-ok");
    assertThat(String.join("\n", lines)).doesNotContain("body:").doesNotContain("running");
  }

  @Test
  void debugAddsTheBodiesCutToABoundedSize() {
    logging(LogLevel.DEBUG);
    String longOutput = "x".repeat(HttpLog.MAX_BODY_CHARS * 2);
    server.enqueue(json(200, "{\"id\":\"task_9\",\"status\":\"running\",\"output\":{\"string\":\"" + longOutput
        + "\"}}"));

    client.tasks().run(new RunTaskRequest().workflowId("wf_1"));

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("--> runTask POST /v2/workflow/run-task (attempt 1) body: {")
        .contains("\"workflow_id\":\"wf_1\"");
    assertThat(lines.get(1)).contains(" 200 in ").contains("body: {\"id\":\"task_9\"")
        .endsWith("… (" + ("{\"id\":\"task_9\",\"status\":\"running\",\"output\":{\"string\":\"\"}}".length()
            + longOutput.length() - HttpLog.MAX_BODY_CHARS) + " more)");
  }

  @Test
  void theApiKeyIsNeverLoggedWhereverItAppears() {
    logging(LogLevel.DEBUG);
    // The key in a query parameter, in a request body and echoed back by the server; and in its header as always.
    server.enqueue(json(200, "{\"id\":\"task_1\",\"echo\":\"" + API_KEY + "\"}"));
    server.enqueue(error(400, 400, "bad key " + API_KEY, "trace-" + API_KEY));

    BrowserAct view = client.withOptions(RequestOptions.builder().putAdditionalQueryParam("token", API_KEY).build());
    view.tasks().run(new RunTaskRequest().workflowId("wf_1")
        .inputParameters(List.of(new InputParameter().name("secret").value(API_KEY))));
    try {
      view.tasks().get("task_1");
    } catch (RuntimeException expected) {
      // a 400: its answer is logged like any other
    }

    assertThat(lines).hasSize(4);
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains(API_KEY));
    assertThat(lines).noneSatisfy(line -> assertThat(line).containsIgnoringCase("authorization"));
    assertThat(lines.get(0)).contains("token=██").contains("\"value\":\"██\"");
    assertThat(lines.get(1)).contains("\"echo\":\"██\"");
    assertThat(lines.get(3)).contains("traceId=trace-██").contains("bad key ██");
  }

  @Test
  void offLogsNothing() {
    logging(LogLevel.OFF);
    server.enqueue(status("running"));

    client.tasks().status("task_1");

    assertThat(lines).isEmpty();
  }

  @Test
  void browseractLogSetsTheLevelAndTheBuilderWinsOverIt() {
    Map<String, String> env = Map.of("BROWSERACT_API_KEY", "k", "BROWSERACT_LOG", "Debug");

    assertThat(ClientConfig.builder().fromEnv(env).buildConfig().logLevel()).isEqualTo(LogLevel.DEBUG);
    assertThat(ClientConfig.builder().fromEnv(env).logLevel(LogLevel.INFO).buildConfig().logLevel())
        .isEqualTo(LogLevel.INFO);
    assertThat(ClientConfig.builder().fromEnv(Map.of("BROWSERACT_API_KEY", "k", "BROWSERACT_LOG", "info"))
        .buildConfig().logLevel()).isEqualTo(LogLevel.INFO);
    assertThat(ClientConfig.builder().fromEnv(Map.of("BROWSERACT_API_KEY", "k", "BROWSERACT_LOG", "loud"))
        .buildConfig().logLevel()).isEqualTo(LogLevel.OFF);
    assertThat(ClientConfig.builder().fromEnv(Map.of("BROWSERACT_API_KEY", "k")).buildConfig().logLevel())
        .isEqualTo(LogLevel.OFF);
  }
}
