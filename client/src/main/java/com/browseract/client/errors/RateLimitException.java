package com.browseract.client.errors;

/**
 * The API refused the request for now: HTTP 429 (too many requests), or, as {@link ConcurrencyLimitException},
 * the plan's limit of tasks running at once. Kind {@link ErrorKind#REFUSED}: nothing was done.
 *
 * <p>Thrown once the retries allowed by the client are used up. {@link #retryAfter()} tells how long the
 * server asked to wait, when it said.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public RateLimitException(ErrorDetails details, ErrorKind kind) {
    super(details, kind);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public RateLimitException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(details, kind, hint, cause);
  }
}
