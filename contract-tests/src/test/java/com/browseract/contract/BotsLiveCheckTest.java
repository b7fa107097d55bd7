package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BotsLiveCheck}, v3's part of {@code make contract-live}, against a local stand-in for the real API that
 * answers with the files of {@code recorded-answers-v3/}: it must find nothing, reach every read-only operation,
 * and still report a real deviation.
 */
@Order(5)
class BotsLiveCheckTest {
  private static final Map<String, String> ANSWERS = Map.of(
      "listRegions", "listRegions.200.two-regions.json",
      "pageBots", "pageBots.200.one-bot.json",
      "pageTemplates", "pageTemplates.200.one-template.json",
      "pageRuns", "pageRuns.200.one-running.json",
      "queryRun", "queryRun.200.finished-agent-output.json",
      "queryRunStatus", "queryRunStatus.200.running.json",
      "queryBot", "queryBot.200.with-input-schema.json",
      "queryTemplate", "queryTemplate.200.with-input-schema.json");

  private final Map<String, RecordedAnswer> recorded = RecordedAnswer.all(RecordedAnswer.FOLDER_V3).stream()
      .collect(Collectors.toMap(a -> a.name, Function.identity()));
  private MockWebServer realApi;
  private volatile String pageRunsBody;

  @BeforeEach
  void start() throws IOException {
    pageRunsBody = recorded.get(ANSWERS.get("pageRuns")).body;
    realApi = new MockWebServer();
    realApi.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        String operation = Spec.V3.operationOf(request.getMethod(), path);
        RecordedAnswer answer = path.equals("/v3/bots/runs/" + BotsLiveCheck.IMPOSSIBLE_TASK_ID)
            ? recorded.get("queryRun.400.task-not-exist.json") : recorded.get(ANSWERS.get(operation));
        String body = "pageRuns".equals(operation) ? pageRunsBody : answer.body;
        return new MockResponse().setResponseCode(answer.status).setHeader("Content-Type", "application/json")
            .setBody(body);
      }
    });
    realApi.start();
  }

  @AfterEach
  void stop() throws IOException {
    realApi.shutdown();
  }

  private String url() {
    return realApi.url("/").toString().replaceAll("/$", "");
  }

  @Test
  void answersShapedAsTheDocumentSaysMatchTheSpec(@TempDir Path folder) throws IOException {
    List<String> violations = new BotsLiveCheck(url(), "live-key", folder).run();

    assertThat(violations).isEmpty();
    List<String> saved = AnswerRecorder.savedNames(folder);
    assertThat(saved).as("every read-only operation reached, answers saved as recorded-answers-v3 names them")
        .hasSize(9).allMatch(name -> name.matches("[A-Za-z]+\\.\\d{3}\\.live-\\d+\\.json"))
        .anyMatch(name -> name.startsWith("queryRun.400."));
    assertThat(saved.stream().map(name -> name.substring(0, name.indexOf('.'))).distinct())
        .containsExactlyInAnyOrderElementsOf(BotsLiveCheck.OPERATIONS);
  }

  @Test
  void aFieldOfTheWrongTypeIsStillReported() {
    pageRunsBody = pageRunsBody.replace("\"page\": 1", "\"page\": \"1\"");

    List<String> violations = new BotsLiveCheck(url(), "live-key", null).run();

    assertThat(violations).singleElement().asString().contains("GET /v3/bots/runs").contains("page");
  }
}
