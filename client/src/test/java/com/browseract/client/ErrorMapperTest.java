package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.AuthenticationException;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.PermissionDeniedException;
import com.browseract.client.errors.ServerException;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class ErrorMapperTest extends MockApiTestBase {
  @Test
  void unauthorizedBecomesAuthenticationExceptionWithEnvelopeFields() {
    server.enqueue(error(401, 401, "Invalid API key", "trace-401"));

    assertThatThrownBy(() -> client.tasks().get("task_1"))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.code()).isEqualTo(401);
          assertThat(e.msg()).isEqualTo("Invalid API key");
          assertThat(e.traceId()).isEqualTo("trace-401");
          assertThat(e.operation()).isEqualTo("getTask");
          assertThat(e.getMessage())
              .isEqualTo("getTask failed: HTTP 401, code 401, Invalid API key (traceId trace-401). Check the API key")
              .doesNotContain(API_KEY);
        });
  }

  @Test
  void forbiddenIsAPermissionProblemNotAKeyProblem() {
    server.enqueue(error(403, 403, "Forbidden", "t"));

    assertThatThrownBy(() -> client.regions().list()).isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("check the account's plan");
  }

  @Test
  void notFoundIsItsOwnTypeAndUnprocessableIsAnInvalidRequest() {
    server.enqueue(error(404, 404, "no such task", "t404"));
    server.enqueue(error(422, 422, "bad", "t422"));

    assertThatThrownBy(() -> client.tasks().get("x")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no such task");
    assertThatThrownBy(() -> client.tasks().get("x")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void htmlErrorBodyIsKeptAsSnippet() {
    client.close();
    client = clientBuilder().maxRetries(0).build();
    String html = "<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>";
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html").setBody(html));

    assertThatThrownBy(() -> client.workflows().get("wf"))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.code()).isNull();
          assertThat(e.traceId()).isNull();
          assertThat(e.bodySnippet()).isEqualTo(html);
          assertThat(e.getMessage()).contains("HTTP 502").contains("502 Bad Gateway").contains("traceId none")
              .doesNotContain("\n");
        });
  }

  @Test
  void emptyErrorBodyStillGivesAReadableError() {
    client.close();
    client = clientBuilder().maxRetries(0).build();
    server.enqueue(new MockResponse().setResponseCode(500));

    assertThatThrownBy(() -> client.templates().get("tpl"))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.bodySnippet()).isEmpty();
          assertThat(e.getMessage()).isEqualTo("getWorkflowTemplateConfig failed: HTTP 500 (traceId none)");
        });
  }

  @Test
  void longBodyIsCutToTheSnippetLimit() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("x".repeat(10_000)));

    assertThatThrownBy(() -> client.tasks().get("t"))
        .isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.bodySnippet()).hasSize(ErrorMapper.SNIPPET_LIMIT));
  }

  @Test
  void unexpectedStatusIsAPlainApiException() {
    server.enqueue(error(418, 1, "teapot", "t418"));

    assertThatThrownBy(() -> client.tasks().get("t"))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("HTTP 418");
  }

  @Test
  void unparseableSuccessBodyIsTriedOnceMoreThenAnInvalidResponseWithItsFirstBytes() {
    server.enqueue(json(200, "{\"status\": [1, 2"));
    server.enqueue(json(200, "{\"status\": [1, 2"));
    server.enqueue(status("running"));

    assertThatThrownBy(() -> client.tasks().status("t"))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.bodySnippet()).isEqualTo("{\"status\": [1, 2");
          assertThat(e.getMessage()).startsWith("getTaskStatus failed: HTTP 200, could not parse the answer as "
              + "TaskStatusResult");
          assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
          assertThat(e.kind()).isEqualTo(ErrorKind.BROKEN_CONTRACT);
        });
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anUnreadableAnswerToAStartSaysTheTaskMayExist() {
    server.enqueue(json(200, "<html>maintenance</html>"));

    assertThatThrownBy(() -> client.tasks().run(new com.browseract.client.model.RunTaskRequest().workflowId("wf")))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.bodySnippet()).isEqualTo("<html>maintenance</html>");
          assertThat(e.getMessage()).contains("may have been created");
        });
  }
}
