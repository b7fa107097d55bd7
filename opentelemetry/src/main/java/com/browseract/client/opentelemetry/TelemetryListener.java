package com.browseract.client.opentelemetry;

import com.browseract.client.CallAttempt;
import com.browseract.client.CallListener;
import com.browseract.client.ClientListener;
import com.browseract.client.TaskListener;
import com.browseract.client.WaitSummary;
import com.browseract.client.batch.BatchListener;
import com.browseract.client.batch.BatchResult;
import com.browseract.client.batch.BatchSummary;
import com.browseract.client.batch.BatchTarget;
import com.browseract.client.errors.BrowserActException;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import java.time.Duration;
import java.util.Locale;

/** Records spans and metrics from the SDK's hooks; see {@link BrowserActTelemetry} for what it records. */
final class TelemetryListener implements ClientListener {
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("browseract.operation");
  static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> CODE = AttributeKey.longKey("browseract.code");
  static final AttributeKey<String> TRACE_ID = AttributeKey.stringKey("browseract.trace_id");
  static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("browseract.attempts");
  static final AttributeKey<Long> RETRY_DELAY = AttributeKey.longKey("browseract.retry.delay_ms");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> ERROR_KIND = AttributeKey.stringKey("browseract.error.kind");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("browseract.outcome");
  static final AttributeKey<String> TASK_ID = AttributeKey.stringKey("browseract.task_id");
  static final AttributeKey<String> TASK_STATUS = AttributeKey.stringKey("browseract.task.status");
  static final AttributeKey<String> WAIT_OUTCOME = AttributeKey.stringKey("browseract.wait.outcome");
  static final AttributeKey<Long> WAIT_POLLS = AttributeKey.longKey("browseract.wait.polls");
  static final AttributeKey<String> BATCH_TARGET = AttributeKey.stringKey("browseract.batch.target");
  static final AttributeKey<Long> BATCH_FINISHED = AttributeKey.longKey("browseract.batch.finished");
  static final AttributeKey<Long> BATCH_FAILED = AttributeKey.longKey("browseract.batch.failed");
  static final AttributeKey<Long> BATCH_CANCELED = AttributeKey.longKey("browseract.batch.canceled");
  static final AttributeKey<Double> BATCH_THROUGHPUT = AttributeKey.doubleKey("browseract.batch.throughput");
  static final AttributeKey<Double> BATCH_SLOTS = AttributeKey.doubleKey("browseract.batch.slot_utilization");

  private final Tracer tracer;
  private final LongCounter requests;
  private final LongCounter retries;
  private final DoubleHistogram callDuration;
  private final DoubleHistogram waitDuration;
  private final LongCounter batchTasks;
  private final DoubleHistogram batchThroughput;
  private final DoubleHistogram batchSlots;

  TelemetryListener(OpenTelemetry openTelemetry, String name, String version) {
    TracerBuilder tracerBuilder = openTelemetry.tracerBuilder(name);
    MeterBuilder meterBuilder = openTelemetry.meterBuilder(name);
    if (version != null) {
      tracerBuilder.setInstrumentationVersion(version);
      meterBuilder.setInstrumentationVersion(version);
    }
    this.tracer = tracerBuilder.build();
    Meter meter = meterBuilder.build();
    this.requests = meter.counterBuilder("browseract.client.requests").setUnit("{request}")
        .setDescription("HTTP requests to the BrowserAct API, retries included").build();
    this.retries = meter.counterBuilder("browseract.client.retries").setUnit("{retry}")
        .setDescription("Retries of API calls").build();
    this.callDuration = meter.histogramBuilder("browseract.client.call.duration").setUnit("s")
        .setDescription("Duration of API calls, retry waits included").build();
    this.waitDuration = meter.histogramBuilder("browseract.wait.duration").setUnit("s")
        .setDescription("Duration of waits for a task").build();
    this.batchTasks = meter.counterBuilder("browseract.batch.tasks").setUnit("{task}")
        .setDescription("Batch inputs that ended, by the status of their task").build();
    this.batchThroughput = meter.histogramBuilder("browseract.batch.throughput").setUnit("{task}/min")
        .setDescription("Tasks a batch saw end per minute of its run").build();
    this.batchSlots = meter.histogramBuilder("browseract.batch.slot_utilization").setUnit("1")
        .setDescription("Share of a batch's task slots that were busy").build();
  }

  @Override
  public CallListener onCallStart(String operation) {
    Span span = tracer.spanBuilder(operation).setSpanKind(SpanKind.CLIENT).setAttribute(OPERATION, operation)
        .startSpan();
    Attributes byOperation = Attributes.of(OPERATION, operation);
    return new CallListener() {
      @Override
      public void onAttempt(CallAttempt attempt) {
        if (attempt.statusCode() > 0) {
          span.setAttribute(HTTP_STATUS, (long) attempt.statusCode());
        }
        attempt.businessCode().ifPresent(code -> span.setAttribute(CODE, (long) code));
        attempt.traceId().ifPresent(traceId -> span.setAttribute(TRACE_ID, traceId));
        String outcome = attempt.failure().map(failure -> kindOf(failure)).orElse("ok");
        requests.add(1, Attributes.of(OPERATION, operation, OUTCOME, outcome));
      }

      @Override
      public void onRetryWait(Duration wait, BrowserActException cause) {
        span.addEvent("browseract.retry", Attributes.of(RETRY_DELAY, wait.toMillis(), ERROR_TYPE,
            cause.getClass().getName(), ERROR_KIND, kindOf(cause)));
        retries.add(1, Attributes.of(OPERATION, operation, ERROR_KIND, kindOf(cause)));
      }

      @Override
      public void onEnd(int attempts, Duration duration, Throwable failure) {
        span.setAttribute(ATTEMPTS, (long) attempts);
        if (failure != null) {
          failed(span, failure);
        }
        callDuration.record(seconds(duration), byOperation.toBuilder()
            .put(OUTCOME, failure == null ? "ok" : kindOf(failure)).build());
        span.end();
      }
    };
  }

  @Override
  public TaskListener onWaitStart(String taskId) {
    Span span = tracer.spanBuilder("browseract.wait").setAttribute(TASK_ID, taskId).startSpan();
    return new TaskListener() {
      @Override
      public void onWaitEnd(WaitSummary summary) {
        String outcome = summary.outcome().name().toLowerCase(Locale.ROOT);
        span.setAttribute(WAIT_OUTCOME, outcome);
        span.setAttribute(WAIT_POLLS, (long) summary.polls());
        summary.lastStatus().ifPresent(status -> span.setAttribute(TASK_STATUS, status.getValue()));
        if (summary.outcome() != WaitSummary.Outcome.FINISHED && summary.outcome() != WaitSummary.Outcome.CANCELED) {
          span.setStatus(StatusCode.ERROR, outcome);
          summary.failure().ifPresent(span::recordException);
        }
        waitDuration.record(seconds(summary.duration()), Attributes.of(WAIT_OUTCOME, outcome));
        span.end();
      }
    };
  }

  @Override
  public BatchListener onBatchStart(BatchTarget target) {
    Span span = tracer.spanBuilder("browseract.batch").setAttribute(BATCH_TARGET, target.toString()).startSpan();
    return new BatchListener() {
      @Override
      public void onResult(BatchResult result) {
        batchTasks.add(1, Attributes.of(TASK_STATUS, result.status()));
      }

      @Override
      public void onEnd(BatchSummary summary, Throwable failure) {
        if (summary != null) {
          double minutes = summary.wallTime().toMillis() / 60_000.0;
          double throughput = minutes > 0 ? summary.doneThisRun() / minutes : 0;
          span.setAttribute(BATCH_FINISHED, (long) summary.finished());
          span.setAttribute(BATCH_FAILED, (long) summary.failed());
          span.setAttribute(BATCH_CANCELED, (long) summary.canceled());
          span.setAttribute(BATCH_THROUGHPUT, throughput);
          span.setAttribute(BATCH_SLOTS, summary.slotUtilisation());
          batchThroughput.record(throughput);
          batchSlots.record(summary.slotUtilisation());
          if (summary.stoppedBy() != null) {
            failed(span, summary.stoppedBy());
          }
        } else {
          failed(span, failure);
        }
        span.end();
      }
    };
  }

  private static void failed(Span span, Throwable failure) {
    span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
    span.setAttribute(ERROR_TYPE, failure.getClass().getName());
    span.recordException(failure);
  }

  /** The error's kind in lower case ({@code transient}, {@code fix_request}...), else {@code other}. */
  private static String kindOf(Throwable failure) {
    return failure instanceof BrowserActException
        ? ((BrowserActException) failure).kind().name().toLowerCase(Locale.ROOT) : "other";
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
