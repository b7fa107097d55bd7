package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.ConcurrencyLimitException;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.model.InputParameter;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.RunTemplateTaskRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Starting a task: what is sent is what was passed, and a start refused by the plan's limit is tried again. */
class StartTaskTest extends MockApiTestBase {
  private static final String LIMIT = "{\"code\": 10118, \"msg\": \"Running tasks number exceeds.\", \"data\": null,"
      + " \"ts\": 1760003410512, \"time\": \"2025-10-09 09:50:10\", \"traceId\": \"trace-10118\"}";

  @Test
  void aRetrySendsExactlyTheBytesOfTheFirstAttemptWhateverTheCallerDoesMeanwhile() throws Exception {
    server.enqueue(error(429, 429, "slow down", "t").setHeader("Retry-After", "1")
        .setHeadersDelay(200, TimeUnit.MILLISECONDS));
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    List<InputParameter> inputs = new ArrayList<>(List.of(new InputParameter().name("keyword").value("laptops")));
    RunTaskRequest request = new RunTaskRequest().workflowId("wf-1").inputParameters(inputs);

    CompletableFuture<?> started = client.tasks().runAsync(request);
    request.workflowId("wf-2");
    inputs.get(0).value("changed");
    inputs.add(new InputParameter().name("extra").value("x"));

    started.get(10, TimeUnit.SECONDS);
    String first = server.takeRequest().getBody().readUtf8();
    String retry = server.takeRequest().getBody().readUtf8();
    assertThat(retry).isEqualTo(first)
        .isEqualTo("{\"input_parameters\":[{\"name\":\"keyword\",\"value\":\"laptops\"}],\"workflow_id\":\"wf-1\"}");
  }

  /** A start that a server answered, whatever the answer, may have created its task: never sent again. */
  @ParameterizedTest
  @ValueSource(ints = {300, 307, 308})
  void aStartAnsweredWithARedirectIsNeitherFollowedNorSentAgain(int status) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Location", "/v2/workflow/run-task"));
    server.enqueue(json(200, "{\"id\":\"second\"}"));

    assertThatThrownBy(() -> client.tasks().run(new RunTaskRequest().workflowId("wf")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TASK_MAY_EXIST));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aStartRefusedByThePlansLimitIsTriedAgainWithinTheRetries() {
    server.enqueue(json(400, LIMIT));
    server.enqueue(json(200, LIMIT));
    server.enqueue(json(200, "{\"id\":\"t1\"}"));

    assertThat(client.tasks().run(new RunTaskRequest().workflowId("wf")).getId()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void afterTheRetriesTheLimitIsThrown() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(400, LIMIT));
    }

    assertThatThrownBy(() -> client.tasks().runTemplate(new RunTemplateTaskRequest().workflowTemplateId("tpl")))
        .isInstanceOf(ConcurrencyLimitException.class).hasMessageContaining("no task was created");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void refusalsAtOnceHandsTheRefusalBackAfterOneRequestButStillRetriesOtherFailures() {
    server.enqueue(json(400, LIMIT));
    assertThatThrownBy(() -> client.tasks().run(new RunTaskRequest().workflowId("wf"), RunOptions.refusalsAtOnce()))
        .isInstanceOf(ConcurrencyLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(error(429, 429, "slow down", "t").setHeader("Retry-After", "0"));
    server.enqueue(json(200, "{\"id\":\"t2\"}"));
    assertThat(client.tasks().runTemplate(new RunTemplateTaskRequest().workflowTemplateId("tpl"),
        RunOptions.refusalsAtOnce()).getId()).isEqualTo("t2");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void waitingForASlotKeepsTryingUntilOneIsFree() {
    for (int i = 0; i < 12; i++) {
      server.enqueue(json(400, LIMIT));
    }
    server.enqueue(json(200, "{\"id\":\"t1\"}"));

    assertThat(client.tasks().run(new RunTaskRequest().workflowId("wf"), RunOptions.waitForSlot(Duration.ofMinutes(10)))
        .getId()).isEqualTo("t1");

    assertThat(server.getRequestCount()).isEqualTo(13);
    assertThat(time.sleeps).contains(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500),
        Duration.ofSeconds(30));
    assertThat(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isLessThan(Duration.ofMinutes(10));
  }

  @Test
  void waitingForASlotEndsAtItsDeadline() throws Exception {
    client.close();
    client = clientBuilder().scheduler(new FakeScheduler(time)).build();
    for (int i = 0; i < 40; i++) {
      server.enqueue(json(400, LIMIT));
    }

    CompletableFuture<?> start = client.tasks().runAsync(new RunTaskRequest().workflowId("wf"),
        RunOptions.waitForSlot(Duration.ofMinutes(1)));

    assertThatThrownBy(() -> start.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ConcurrencyLimitException.class);
    Duration waited = time.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(waited).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(1).plusSeconds(2));
    assertThat(server.getRequestCount()).isLessThan(12);
  }
}
