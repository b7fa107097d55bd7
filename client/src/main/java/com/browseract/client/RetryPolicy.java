package com.browseract.client;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ConcurrencyLimitException;
import com.browseract.client.internal.GrowingDelay;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Decides whether a failed attempt is tried again and after how long.
 *
 * <p>Backoff is exponential with full jitter: before retry {@code n} it waits a random time between zero
 * and {@code min(maxBackoff, initialBackoff * 2^(n-1))}. A {@code Retry-After} (429 or 503) is honoured as given
 * instead; one longer than {@link #MAX_RETRY_AFTER} ends the retries rather than retry sooner than asked.
 */
final class RetryPolicy {
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(1);

  private final int maxRetries;
  private final GrowingDelay backoff;
  private final DoubleSupplier random;

  RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, DoubleSupplier random) {
    this.maxRetries = maxRetries;
    this.backoff = new GrowingDelay(initialBackoff, 2, maxBackoff);
    this.random = random;
  }

  /**
   * @param retriesDone how many retries were already made for this call
   * @return the wait before the next attempt, or null when the failure is final
   */
  Duration delayBeforeRetry(BrowserActException failure, int retriesDone) {
    if (retriesDone >= maxRetries || !isRetryable(failure, retriesDone)) {
      return null;
    }
    Duration asked = failure instanceof ApiException ? ((ApiException) failure).retryAfter().orElse(null) : null;
    if (asked != null) {
      // Never sooner than the server asked; a longer wait than a call should block for ends the retries.
      return asked.compareTo(MAX_RETRY_AFTER) <= 0 ? asked : null;
    }
    return Duration.ofMillis((long) (random.getAsDouble() * backoff.after(retriesDone).toMillis()));
  }

  /**
   * The wait before trying a start again while waiting for a free slot of the plan: as the server asked, else
   * {@link GrowingDelay#PLAN_SLOT}.
   */
  Duration delayForSlot(ConcurrencyLimitException failure, int waitsDone) {
    Duration asked = failure.retryAfter().orElse(null);
    if (asked != null) {
      return asked;
    }
    return GrowingDelay.PLAN_SLOT.after(waitsDone);
  }

  /**
   * Whether a failure is worth sending the call again: the kind decides ({@link ErrorMapper} already took into
   * account whether the call starts a task). A refusal and a passing failure are retried; an unreadable answer once,
   * since one may be a connection cut short; anything else is final.
   */
  static boolean isRetryable(BrowserActException failure, int retriesDone) {
    switch (failure.kind()) {
      case REFUSED:
      case TRANSIENT:
        return true;
      case BROKEN_CONTRACT:
        return retriesDone == 0;
      default:
        return false;
    }
  }
}
