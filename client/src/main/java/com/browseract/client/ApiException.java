package com.browseract.client;

/**
 * The API answered with an HTTP error status.
 *
 * <p>Carries what the error envelope said ({@link #code()}, {@link #msg()}, {@link #traceId()}) and a
 * bounded snippet of the raw body, which is kept even when the body is HTML or empty. Subclasses tell the
 * cause apart: {@link AuthenticationException}, {@link InvalidRequestException}, {@link RateLimitException}
 * and {@link ServerException}; any other status stays a plain {@code ApiException}.
 */
public class ApiException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final int statusCode;
  private final Integer code;
  private final String msg;
  private final String traceId;
  private final String bodySnippet;
  private final java.time.Duration retryAfter;

  ApiException(ErrorDetails details, String hint) {
    this(details, hint, null);
  }

  ApiException(ErrorDetails details, String hint, Throwable cause) {
    super(details.describe(hint), cause);
    this.operation = details.operation;
    this.statusCode = details.statusCode;
    this.code = details.code;
    this.msg = details.msg;
    this.traceId = details.traceId;
    this.bodySnippet = details.bodySnippet;
    this.retryAfter = details.retryAfter;
  }

  /** @return the operationId of the call that failed, such as {@code getTask} */
  public String operation() {
    return operation;
  }

  /** @return the HTTP status code */
  public int statusCode() {
    return statusCode;
  }

  /** @return the {@code code} of the error envelope, or null when the body had none */
  public Integer code() {
    return code;
  }

  /** @return the {@code msg} of the error envelope, or null when the body had none */
  public String msg() {
    return msg;
  }

  /** @return the {@code traceId} to quote to BrowserAct support, or null when the body had none */
  public String traceId() {
    return traceId;
  }

  /**
   * @return how long the server asked to wait before trying again ({@code Retry-After}, on a 429 or a 503), if it
   *     sent a value that could be read
   */
  public java.util.Optional<java.time.Duration> retryAfter() {
    return java.util.Optional.ofNullable(retryAfter);
  }

  /** @return the start of the raw response body (at most 512 characters), possibly empty */
  public String bodySnippet() {
    return bodySnippet;
  }
}
