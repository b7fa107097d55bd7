package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.AuthenticationException;
import com.browseract.client.errors.BusinessCode;
import com.browseract.client.errors.ConcurrencyLimitException;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.RateLimitException;
import com.browseract.client.model.RunTaskRequest;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BrowserAct's business codes, in the envelope the real API sends, with and without an HTTP error status. */
class BusinessCodeTest extends MockApiTestBase {
  private static String envelope(int code, String msg) {
    return "{\"code\": " + code + ", \"msg\": \"" + msg + "\", \"data\": null, \"ts\": 1759918566040,"
        + " \"time\": \"2025-10-08 10:16:06\", \"traceId\": \"trace-" + code + "\"}";
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {200, 400})
  void unknownTaskIsNotFoundWhateverTheStatus(int status) {
    server.enqueue(json(status, envelope(10112, "Task is not exist.")));

    assertThatThrownBy(() -> client.tasks().get("nope"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(status);
          assertThat(e.code()).isEqualTo(10112);
          assertThat(e.msg()).isEqualTo("Task is not exist.");
          assertThat(e.traceId()).isEqualTo("trace-10112");
          assertThat(e.getMessage()).isEqualTo("getTask failed: HTTP " + status
              + ", code 10112, Task is not exist. (traceId trace-10112). No task has this id");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void envelopeInA200IsAnErrorEvenForCallsWithoutAnAnswerBody() {
    server.enqueue(json(200, envelope(10127, "Task resume only use for paused task")));

    assertThatThrownBy(() -> client.tasks().resume("t1"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.code()).isEqualTo(10127);
          assertThat(e.getMessage()).contains("The task is not paused");
        });
  }

  @Test
  void envelopeInA200FailsTheAsyncFormToo() {
    server.enqueue(json(200, envelope(401, "Invalid authorization")));

    assertThatThrownBy(() -> client.tasks().statusAsync("t1").get())
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.statusCode()).isEqualTo(200));
  }

  @Test
  void codeZeroInA200IsNotAnError() {
    server.enqueue(json(200, "{\"code\": 0, \"msg\": \"success\", \"data\": null}"));

    assertThat(client.tasks().stop("t1")).isEqualTo(StopOutcome.STOPPED);
  }

  @Test
  void stoppingATaskThatHasEndedIsNotAnError() throws Exception {
    server.enqueue(json(400, envelope(10121, "Task has completed.")));
    server.enqueue(json(200, envelope(10121, "Task has completed.")));
    server.enqueue(json(200, ""));

    assertThat(client.tasks().stop("t1")).isEqualTo(StopOutcome.ALREADY_ENDED);
    assertThat(client.tasks().stopAsync("t1").get()).isEqualTo(StopOutcome.ALREADY_ENDED);
    assertThat(client.tasks().stopAsync("t1", 101).get()).isEqualTo(StopOutcome.STOPPED);
  }

  @Test
  void stoppingAnUnknownTaskStillFails() {
    server.enqueue(json(400, envelope(10112, "Task is not exist.")));

    assertThatThrownBy(() -> client.tasks().stopAsync("nope").join()).cause().isInstanceOf(NotFoundException.class);
  }

  @Test
  void concurrencyLimitIsARateLimitThatCreatedNoTask() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(400, envelope(10118, "Running tasks number exceeds.")));
    }

    assertThatThrownBy(() -> client.tasks().run(new RunTaskRequest().workflowId("wf")))
        .isInstanceOfSatisfying(ConcurrencyLimitException.class, e -> {
          assertThat(e).isInstanceOf(RateLimitException.class);
          assertThat(e.code()).isEqualTo(BusinessCode.RUNNING_TASKS_EXCEEDED.code());
          assertThat(e.getMessage()).contains("1 on the free plan, 20 on paid plans").contains("no task was created");
        });
  }

  @Test
  void unknownCodeKeepsEverythingTheEnvelopeSaid() {
    server.enqueue(json(400, envelope(10999, "Something new.")));
    server.enqueue(json(200, envelope(10998, "Something newer.")));

    assertThatThrownBy(() -> client.workflows().get("wf"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getMessage())
            .isEqualTo("getWorkflowConfig failed: HTTP 400, code 10999, Something new. (traceId trace-10999)"));
    assertThatThrownBy(() -> client.workflows().get("wf"))
        .isExactlyInstanceOf(ApiException.class).hasMessageContaining("code 10998, Something newer.");
  }

  @Test
  void profileIdArrivesInEitherSpelling() {
    server.enqueue(json(200, "{\"id\": \"t1\", \"profileId\": \"p-camel\"}"));
    server.enqueue(json(200, "{\"id\": \"t2\", \"profile_id\": \"p-snake\"}"));
    RunTaskRequest request = new RunTaskRequest().workflowId("wf").saveBrowserData(true);

    assertThat(client.tasks().run(request).getProfileId()).isEqualTo("p-camel");
    assertThat(client.tasks().run(request).getProfileId()).isEqualTo("p-snake");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"profileId\": \"p\"}", "{\"id\": \"  \"}", "null"})
  void aStartedTaskWithoutIdIsAnError(String body) {
    server.enqueue(json(200, body));

    assertThatThrownBy(() -> client.tasks().run(new RunTaskRequest().workflowId("wf")))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.getMessage()).contains("runTask failed: HTTP 200").contains("no task id")
              .contains("may have been created");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aLargeAnswerWithNestedCodesIsReadAsUsual() {
    String output = "x".repeat((int) SuccessEnvelopeCheck.ENVELOPE_LIMIT);
    server.enqueue(json(200, "{\"id\": \"t\", \"status\": \"failed\", \"workflow_id\": \"wf\", \"steps\": [],"
        + " \"task_failure_info\": {\"code\": 10001, \"message\": \"Navigation timeout\"},"
        + " \"output\": {\"string\": \"" + output + "\", \"files\": null}}"));

    assertThat(client.tasks().get("t").getTaskFailureInfo().getCode()).isEqualTo(10001);
  }
}
