package com.browseract.client.opentelemetry;

import com.browseract.client.ClientConfig;
import com.browseract.client.ClientListener;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * OpenTelemetry tracing and metrics for a BrowserAct client: a span per API call, per wait for a task and per batch,
 * and their metrics, recorded through the SDK's {@link ClientListener} hook.
 *
 * <pre>{@code
 * BrowserAct browserAct = BrowserActTelemetry.create(openTelemetry)
 *     .instrument(BrowserAct.builder().fromEnv())
 *     .build();
 * }</pre>
 *
 * <p><b>Spans</b> (kind {@code CLIENT} for calls, {@code INTERNAL} otherwise), each a child of the span current when
 * the call, wait or batch began:
 * <ul>
 *   <li>one per API call, named after its operationId ({@code getTask}, {@code runTask}...), with
 *       {@code browseract.operation}, {@code http.response.status_code}, {@code browseract.code} (the business code
 *       of an error envelope), {@code browseract.trace_id} (BrowserAct's traceId, for its support),
 *       {@code browseract.attempts}; each wait before a retry is an event {@code browseract.retry} with
 *       {@code browseract.retry.delay_ms}, {@code error.type} and {@code browseract.error.kind}; a failed call has
 *       status {@code ERROR}, {@code error.type} and the exception recorded;</li>
 *   <li>{@code browseract.wait} per wait, with {@code browseract.task_id}, {@code browseract.wait.outcome}
 *       ({@code finished}, {@code failed}, {@code canceled}, {@code timed_out}, {@code error}, {@code abandoned}),
 *       {@code browseract.task.status} and {@code browseract.wait.polls}; status {@code ERROR} unless the task
 *       finished or was canceled;</li>
 *   <li>{@code browseract.batch} per batch, with {@code browseract.batch.target}, the counts of finished, failed
 *       and canceled inputs, {@code browseract.batch.throughput} (tasks ended per minute) and
 *       {@code browseract.batch.slot_utilization} (0 to 1).</li>
 * </ul>
 *
 * <p><b>Metrics</b>: {@code browseract.client.requests} (HTTP requests, by {@code browseract.operation} and
 * {@code browseract.outcome}: {@code ok} or the error's kind in lower case, such as {@code transient}),
 * {@code browseract.client.retries} (by operation and kind), {@code browseract.client.call.duration} (seconds, per
 * call, retry waits included), {@code browseract.wait.duration} (seconds, by {@code browseract.wait.outcome}),
 * {@code browseract.batch.tasks} (inputs ended, by {@code browseract.task.status}),
 * {@code browseract.batch.throughput} and {@code browseract.batch.slot_utilization} (one point per batch).
 *
 * <p>The instrumentation scope is {@value #INSTRUMENTATION_NAME}. This artifact depends on
 * {@code opentelemetry-api} alone; the application brings the SDK and exporters it wants.
 */
public final class BrowserActTelemetry {
  /** The name of the tracer and the meter. */
  public static final String INSTRUMENTATION_NAME = "com.browseract.client";

  private final TelemetryListener listener;

  private BrowserActTelemetry(OpenTelemetry openTelemetry) {
    this.listener = new TelemetryListener(openTelemetry, INSTRUMENTATION_NAME,
        BrowserActTelemetry.class.getPackage().getImplementationVersion());
  }

  /**
   * @param openTelemetry where spans and metrics go, such as {@code GlobalOpenTelemetry.get()} or the
   *     {@code OpenTelemetrySdk} the application built
   * @return the instrumentation
   */
  public static BrowserActTelemetry create(OpenTelemetry openTelemetry) {
    return new BrowserActTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry == null"));
  }

  /**
   * Adds this instrumentation to a client's settings.
   *
   * @param builder the settings, such as {@code BrowserAct.builder().fromEnv()}
   * @return the same builder, to go on with
   */
  public ClientConfig.Builder instrument(ClientConfig.Builder builder) {
    return Objects.requireNonNull(builder, "builder == null").addListener(listener);
  }

  /** @return the listener that records everything, to add with {@link ClientConfig.Builder#addListener} yourself */
  public ClientListener listener() {
    return listener;
  }
}
