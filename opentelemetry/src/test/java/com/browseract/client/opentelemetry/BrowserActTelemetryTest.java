package com.browseract.client.opentelemetry;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.BrowserAct;
import com.browseract.client.WaitOptions;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.model.TaskStatus;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BrowserActTelemetryTest {
  @RegisterExtension
  static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

  MockWebServer server;
  BrowserAct client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = BrowserActTelemetry.create(OTEL.getOpenTelemetry())
        .instrument(BrowserAct.builder().apiKey("sk-test").baseUrl(server.url("/").toString()))
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void aCallIsASpanWithItsOperationStatusAndTraceIdAndCountsAsARequest() {
    server.enqueue(json(200, "{\"status\":\"running\"}").setHeader("traceId", "trace-ok"));

    client.tasks().status("task_1");

    assertThat(OTEL.getSpans()).singleElement().satisfies(span -> assertThat(span).hasName("getTaskStatus")
        .hasKind(SpanKind.CLIENT).hasStatus(io.opentelemetry.sdk.trace.data.StatusData.unset())
        .hasAttributesSatisfyingExactly(equalTo(TelemetryListener.OPERATION, "getTaskStatus"),
            equalTo(TelemetryListener.HTTP_STATUS, 200L), equalTo(TelemetryListener.TRACE_ID, "trace-ok"),
            equalTo(TelemetryListener.ATTEMPTS, 1L)));
    assertThat(metric("browseract.client.requests")).hasLongSumSatisfying(sum -> sum.hasPointsSatisfying(
        point -> point.hasValue(1).hasAttributes(Attributes.of(TelemetryListener.OPERATION, "getTaskStatus",
            TelemetryListener.OUTCOME, "ok"))));
    assertThat(metric("browseract.client.call.duration")).hasHistogramSatisfying(histogram ->
        histogram.hasPointsSatisfying(point -> point.hasCount(1).hasAttributes(Attributes.of(
            TelemetryListener.OPERATION, "getTaskStatus", TelemetryListener.OUTCOME, "ok"))));
  }

  @Test
  void aFailedCallIsAnErrorSpanWithTheBusinessCodeAndTheException() {
    server.enqueue(json(200, "{\"code\":10112,\"msg\":\"Task is not exist.\",\"traceId\":\"trace-404\"}"));

    assertThatThrownBy(() -> client.tasks().get("task_1")).isInstanceOf(NotFoundException.class);

    SpanData span = OTEL.getSpans().get(0);
    assertThat(span).hasName("getTask").hasStatus(io.opentelemetry.sdk.trace.data.StatusData.create(
        StatusCode.ERROR, span.getStatus().getDescription()))
        .hasAttribute(TelemetryListener.CODE, 10112L)
        .hasAttribute(TelemetryListener.TRACE_ID, "trace-404")
        .hasAttribute(TelemetryListener.ERROR_TYPE, NotFoundException.class.getName())
        .hasAttribute(TelemetryListener.ATTEMPTS, 1L)
        .hasEventsSatisfyingExactly(event -> event.hasName("exception"));
    assertThat(metric("browseract.client.requests")).hasLongSumSatisfying(sum -> sum.hasPointsSatisfying(
        point -> point.hasValue(1).hasAttributes(Attributes.of(TelemetryListener.OPERATION, "getTask",
            TelemetryListener.OUTCOME, "fix_target"))));
  }

  @Test
  void aRetriedCallHasItsRetryWaitAsAnEventAndCountsEachRequest() {
    // Retry-After: 0 makes the retry come at once, so the test does not sleep.
    server.enqueue(json(503, "{\"code\":503,\"msg\":\"busy\",\"traceId\":\"trace-busy\"}")
        .setHeader("Retry-After", "0"));
    server.enqueue(json(200, "{\"status\":\"finished\"}"));

    client.tasks().status("task_1");

    assertThat(OTEL.getSpans()).singleElement().satisfies(span -> assertThat(span).hasName("getTaskStatus")
        .hasAttribute(TelemetryListener.ATTEMPTS, 2L).hasAttribute(TelemetryListener.HTTP_STATUS, 200L)
        .hasEventsSatisfyingExactly(event -> event.hasName("browseract.retry").hasAttributesSatisfyingExactly(
            equalTo(TelemetryListener.RETRY_DELAY, 0L),
            equalTo(TelemetryListener.ERROR_TYPE, "com.browseract.client.errors.ServerException"),
            equalTo(TelemetryListener.ERROR_KIND, "transient"))));
    assertThat(metric("browseract.client.requests")).hasLongSumSatisfying(sum -> sum.hasPointsSatisfying(
        point -> point.hasValue(1).hasAttributes(Attributes.of(TelemetryListener.OPERATION, "getTaskStatus",
            TelemetryListener.OUTCOME, "transient")),
        point -> point.hasValue(1).hasAttributes(Attributes.of(TelemetryListener.OPERATION, "getTaskStatus",
            TelemetryListener.OUTCOME, "ok"))));
    assertThat(metric("browseract.client.retries")).hasLongSumSatisfying(sum -> sum.hasPointsSatisfying(
        point -> point.hasValue(1)));
  }

  @Test
  void aWaitIsASpanWithItsOutcomeAndPollsBesideItsCalls() {
    server.enqueue(json(200, "{\"status\":\"finished\"}"));
    server.enqueue(json(200, "{\"id\":\"task_1\",\"status\":\"finished\",\"steps\":[]}"));

    assertThat(client.tasks().waitFor("task_1", WaitOptions.defaults()).getStatus()).isEqualTo(TaskStatus.FINISHED);

    List<String> names = OTEL.getSpans().stream().map(SpanData::getName).collect(Collectors.toList());
    org.assertj.core.api.Assertions.assertThat(names)
        .containsExactlyInAnyOrder("getTaskStatus", "getTask", "browseract.wait");
    SpanData wait = span("browseract.wait");
    assertThat(wait).hasAttributesSatisfyingExactly(equalTo(TelemetryListener.TASK_ID, "task_1"),
        equalTo(TelemetryListener.WAIT_OUTCOME, "finished"), equalTo(TelemetryListener.WAIT_POLLS, 2L),
        equalTo(TelemetryListener.TASK_STATUS, "finished"));
    assertThat(metric("browseract.wait.duration")).hasHistogramSatisfying(histogram -> histogram
        .hasPointsSatisfying(point -> point.hasCount(1)
            .hasAttributes(Attributes.of(TelemetryListener.WAIT_OUTCOME, "finished"))));
  }

  @Test
  void aWaitOnAFailedTaskIsAnErrorSpan() {
    server.enqueue(json(200, "{\"status\":\"failed\"}"));
    server.enqueue(json(200, "{\"id\":\"task_1\",\"status\":\"failed\",\"steps\":[]}"));

    assertThatThrownBy(() -> client.tasks().waitFor("task_1", WaitOptions.defaults()))
        .isInstanceOf(TaskFailedException.class);

    assertThat(span("browseract.wait")).hasStatus(io.opentelemetry.sdk.trace.data.StatusData.create(
        StatusCode.ERROR, "failed")).hasAttribute(TelemetryListener.WAIT_OUTCOME, "failed")
        .hasAttribute(AttributeKey.stringKey("browseract.task.status"), "failed");
  }

  SpanData span(String name) {
    return OTEL.getSpans().stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
  }

  MetricData metric(String name) {
    return OTEL.getMetrics().stream().filter(metric -> metric.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }
}
