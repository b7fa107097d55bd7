package com.browseract.client.batch;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;

import com.browseract.client.BrowserAct;
import com.browseract.client.opentelemetry.BrowserActTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch span and metrics, through a real batch against the client's fake batch API. In this package (of the
 * client's test jar) to run the batch in the fake time of {@link BatchClock}: no test sleeps.
 */
class BatchTelemetryTest {
  @RegisterExtension
  static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

  @TempDir
  Path dir;

  @Test
  void aBatchIsASpanWithItsOutcomeThroughputAndSlotUse() throws IOException {
    BatchClock time = new BatchClock();
    FakeBatchApi api = new FakeBatchApi(time, 20);
    MockWebServer server = api.serve();
    List<BatchInput> inputs = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      inputs.add(BatchInput.of(i, Map.of("keyword", i == 4 ? "fail on purpose" : "item " + i)));
    }
    try (BrowserAct client = BrowserActTelemetry.create(OTEL.getOpenTelemetry())
        .instrument(BrowserAct.builder().apiKey("sk-test").baseUrl(server.url("/").toString()).maxRetries(0))
        .build()) {
      BatchOptions options = BatchOptions.builder().journal(dir.resolve("journal.jsonl"))
          .results(dir.resolve("results.jsonl")).reconcileSettle(Duration.ZERO).time(time, time).concurrency(2)
          .build();
      BatchSummary summary = Batches.start(new BatchEngine(client, BatchTarget.workflow("wf-1"), inputs, options,
          Checkpoints.NONE)).summary().join();

      SpanData batch = OTEL.getSpans().stream().filter(span -> span.getName().equals("browseract.batch"))
          .findFirst().orElseThrow();
      assertThat(batch).hasAttribute(AttributeKey.stringKey("browseract.batch.target"), "workflow wf-1")
          .hasAttribute(AttributeKey.longKey("browseract.batch.finished"), 3L)
          .hasAttribute(AttributeKey.longKey("browseract.batch.failed"), 1L)
          .hasAttribute(AttributeKey.doubleKey("browseract.batch.slot_utilization"), summary.slotUtilisation())
          .hasAttribute(AttributeKey.doubleKey("browseract.batch.throughput"),
              summary.doneThisRun() / (summary.wallTime().toMillis() / 60_000.0));
      org.assertj.core.api.Assertions.assertThat(summary.slotUtilisation()).isPositive();
      assertThat(metric("browseract.batch.tasks")).hasLongSumSatisfying(sum -> sum.hasPointsSatisfying(
          point -> point.hasValue(3).hasAttributes(io.opentelemetry.api.common.Attributes.of(
              AttributeKey.stringKey("browseract.task.status"), "finished")),
          point -> point.hasValue(1).hasAttributes(io.opentelemetry.api.common.Attributes.of(
              AttributeKey.stringKey("browseract.task.status"), "failed"))));
      assertThat(metric("browseract.batch.slot_utilization")).hasHistogramSatisfying(histogram ->
          histogram.hasPointsSatisfying(point -> point.hasCount(1).hasSum(summary.slotUtilisation())));
      assertThat(metric("browseract.batch.throughput")).hasHistogramSatisfying(histogram ->
          histogram.hasPointsSatisfying(point -> point.hasCount(1)));
    } finally {
      server.shutdown();
    }
  }

  MetricData metric(String name) {
    return OTEL.getMetrics().stream().filter(metric -> metric.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }
}
