package com.browseract.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Extras for the calls of a {@link BrowserAct#withOptions(RequestOptions) view} of a client: query parameters and
 * headers the SDK does not know yet (a filter BrowserAct has just added), and a listener that sees every raw HTTP
 * answer (status, headers, traceId).
 *
 * <pre>{@code
 * BrowserAct withNewFilter = browserAct.withOptions(RequestOptions.builder()
 *     .putAdditionalQueryParam("region", "eu")
 *     .responseListener(raw -> log.info("{} -> {} ({})", raw.operation(), raw.statusCode(), raw.traceId()))
 *     .build());
 * withNewFilter.tasks().list(TaskListParams.all());
 * }</pre>
 */
public final class RequestOptions {
  private static final Set<String> RESERVED_HEADERS = Set.of("authorization", "user-agent", "content-length", "host");
  private static final RequestOptions NONE = builder().build();

  private final Map<String, String> queryParams;
  private final Map<String, String> headers;
  private final ResponseListener responseListener;
  private final Duration callTimeout;

  private RequestOptions(Builder builder) {
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(builder.queryParams));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.responseListener = builder.responseListener;
    this.callTimeout = builder.callTimeout;
  }

  /** @return a builder without extras */
  public static Builder builder() {
    return new Builder();
  }

  /** @return options that add nothing */
  public static RequestOptions none() {
    return NONE;
  }

  /** @return a builder holding these options */
  public Builder toBuilder() {
    Builder builder = builder();
    builder.queryParams.putAll(queryParams);
    builder.headers.putAll(headers);
    builder.responseListener = responseListener;
    builder.callTimeout = callTimeout;
    return builder;
  }

  /** @return the query parameters added to every request, by wire name; a parameter the call sets stays */
  public Map<String, String> additionalQueryParams() {
    return queryParams;
  }

  /** @return the headers added to every request */
  public Map<String, String> additionalHeaders() {
    return headers;
  }

  /** @return the listener of raw answers, or null */
  public ResponseListener responseListener() {
    return responseListener;
  }

  /** @return how long each request of the view may take at most, if set */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  boolean isEmpty() {
    return queryParams.isEmpty() && headers.isEmpty() && responseListener == null && callTimeout == null;
  }

  @Override
  public String toString() {
    return "RequestOptions{queryParams=" + queryParams + ", headers=" + headers.keySet() + ", responseListener="
        + (responseListener != null) + (callTimeout == null ? "" : ", callTimeout=" + callTimeout) + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private ResponseListener responseListener;
    private Duration callTimeout;

    private Builder() {
    }

    /**
     * Adds a query parameter to every request, for a parameter the SDK does not know yet.
     *
     * @param name the wire name
     * @param value the value as sent
     * @return this builder
     */
    public Builder putAdditionalQueryParam(String name, String value) {
      queryParams.put(Validation.requireId("name", name), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Adds a header to every request. The SDK's own {@code Authorization} and {@code User-Agent} cannot be
     * replaced this way.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException for a header the SDK sets itself
     */
    public Builder putAdditionalHeader(String name, String value) {
      Validation.requireId("name", name);
      if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(name + " is set by the SDK and cannot be added");
      }
      headers.put(name, Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Sets a listener that sees the raw HTTP answer of every request, retries included, before the SDK reads it.
     *
     * @param listener the listener, or null for none
     * @return this builder
     */
    public Builder responseListener(ResponseListener listener) {
      this.responseListener = listener;
      return this;
    }

    /**
     * Cuts off each request of the view (each attempt, when the client retries) after this long, whatever the
     * client's own {@link ClientConfig#callTimeout()}: for work that has a deadline, such as a batch's timeout.
     *
     * @param timeout positive, or null for the client's own
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("callTimeout must be positive, was " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /** @return the options */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
