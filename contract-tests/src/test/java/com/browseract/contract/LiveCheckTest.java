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
 * {@link LiveCheck}, the check behind {@code make contract-live}, against a local stand-in for the real API that
 * answers as the real API does (the files of {@code recorded-answers/}): it must find nothing, reach every
 * read-only operation, and still report a real deviation.
 */
@Order(5)
class LiveCheckTest {
  private static final Map<String, String> ANSWERS = Map.of(
      "getRegionList", "getRegionList.200.two-regions.json",
      "getWorkflowList", "getWorkflowList.200.one-workflow.json",
      "getWorkflowTemplates", "getWorkflowTemplates.200.one-template.json",
      "pageTasks", "pageTasks.200.three-states.json",
      "getTask", "getTask.200.running-output-nulls.json",
      "getTaskStatus", "getTaskStatus.200.running.json",
      "getWorkflowConfig", "getWorkflowConfig.200.with-inputs.json",
      "getWorkflowTemplateConfig", "getWorkflowTemplateConfig.200.with-inputs.json");

  private final Map<String, RecordedAnswer> recorded =
      RecordedAnswer.all().stream().collect(Collectors.toMap(a -> a.name, Function.identity()));
  private MockWebServer realApi;
  private volatile String listTasksBody;

  @BeforeEach
  void start() throws IOException {
    listTasksBody = recorded.get(ANSWERS.get("pageTasks")).body;
    realApi = new MockWebServer();
    realApi.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String operation = LiveCheck.OPERATIONS.get(request.getMethod() + " " + request.getRequestUrl().encodedPath());
        RecordedAnswer answer = "getTask".equals(operation)
            && LiveCheck.IMPOSSIBLE_TASK_ID.equals(request.getRequestUrl().queryParameter("task_id"))
            ? recorded.get("getTask.400.task-not-exist.json") : recorded.get(ANSWERS.get(operation));
        String body = "pageTasks".equals(operation) ? listTasksBody : answer.body;
        return new MockResponse().setResponseCode(answer.status).setHeader("Content-Type", "application/json")
            .setBody(body);
      }
    });
    realApi.start();
  }

  @AfterEach
  void stop() throws IOException {
    realApi.shutdown();
    ContractClient.RESPONSE_VIOLATIONS.clear();
  }

  private String url() {
    return realApi.url("/").toString().replaceAll("/$", "");
  }

  @Test
  void realAnswersShapedAsTheRealApiSendsThemMatchTheSpec(@TempDir Path folder) throws IOException {
    List<String> violations = new LiveCheck(url(), "live-key", folder).run();

    assertThat(violations).isEmpty();
    List<String> saved = AnswerRecorder.savedNames(folder);
    assertThat(saved).as("every read-only operation reached, answers saved as recorded-answers names them")
        .hasSize(9).allMatch(name -> name.matches("[A-Za-z]+\\.\\d{3}\\.live-\\d+\\.json"))
        .anyMatch(name -> name.startsWith("getTask.400."));
    assertThat(saved.stream().map(name -> name.substring(0, name.indexOf('.'))).distinct())
        .containsExactlyInAnyOrderElementsOf(ANSWERS.keySet());
  }

  @Test
  void aFieldOfTheWrongTypeIsStillReported() {
    listTasksBody = listTasksBody.replace("\"credit\": 12", "\"credit\": \"12\"");

    List<String> violations = new LiveCheck(url(), "live-key", null).run();

    assertThat(violations).singleElement().asString().contains("GET /v2/workflow/list-tasks").contains("credit");
  }
}
