package com.browseract.client.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The API answered, with an error or with something the SDK could not use.
 *
 * <p>Carries what the error envelope said ({@link #code()}, {@link #msg()}, {@link #traceId()}) and a
 * bounded snippet of the raw body, which is kept even when the body is HTML or empty. Subclasses tell the
 * cause apart: {@link AuthenticationException}, {@link PermissionDeniedException}, {@link NotFoundException},
 * {@link InvalidRequestException}, {@link RateLimitException}, {@link ServerException} and
 * {@link InvalidResponseException}; any other status stays a plain {@code ApiException}.
 */
public class ApiException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final ErrorDetails details;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public ApiException(ErrorDetails details, ErrorKind kind) {
    this(details, kind, null, null);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public ApiException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(kind, details.describe(hint), cause);
    this.details = details;
  }

  /** @return everything the answer said, as one value */
  public ErrorDetails details() {
    return details;
  }

  /** @return the operationId of the call that failed, such as {@code getTask} */
  public String operation() {
    return details.operation();
  }

  /** @return the HTTP status code */
  public int statusCode() {
    return details.statusCode();
  }

  /** @return the {@code code} of the error envelope, or null when the body had none */
  public Integer code() {
    return details.code();
  }

  /** @return the {@code msg} of the error envelope, or null when the body had none */
  public String msg() {
    return details.msg();
  }

  /** @return the {@code traceId} to quote to BrowserAct support, or null when the body had none */
  public String traceId() {
    return details.traceId();
  }

  /**
   * @return how long the server asked to wait before trying again ({@code Retry-After}, on a 429 or a 503), if it
   *     sent a value that could be read
   */
  public Optional<Duration> retryAfter() {
    return details.retryAfter();
  }

  /** @return the start of the raw response body (at most 512 characters), possibly empty */
  public String bodySnippet() {
    return details.bodySnippet();
  }
}
