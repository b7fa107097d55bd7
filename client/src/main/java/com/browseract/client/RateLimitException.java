package com.browseract.client;

/**
 * The API refused the request for now: HTTP 429 (too many requests), or, as {@link ConcurrencyLimitException},
 * the plan's limit of tasks running at once.
 *
 * <p>Thrown once the retries allowed by the client are used up. {@link #retryAfter()} tells how long the
 * server asked to wait, when it said.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  RateLimitException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
