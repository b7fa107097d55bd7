package com.browseract.client;

import java.time.Duration;
import java.util.Optional;

/**
 * The API refused the request for now: HTTP 429 (too many requests), or, as {@link ConcurrencyLimitException},
 * the plan's limit of tasks running at once.
 *
 * <p>Thrown once the retries allowed by the client are used up. {@link #retryAfter()} tells how long the
 * server asked to wait, when it said.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  RateLimitException(ErrorDetails details, String hint, Duration retryAfter) {
    super(details, hint);
    this.retryAfter = retryAfter;
  }

  /** @return the wait the server asked for in {@code Retry-After}, if it sent one that could be read */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
