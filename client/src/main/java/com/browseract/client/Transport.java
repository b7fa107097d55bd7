package com.browseract.client;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ConcurrencyLimitException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs one API operation: sends it, maps failures to exceptions, and retries as {@link RetryPolicy} allows.
 * The synchronous and asynchronous forms share every decision; only the waiting differs.
 */
final class Transport {
  /** OkHttp reads a call timeout of zero as none: an attempt at the deadline gets this instead. */
  private static final Duration LEAST_CALL_TIME = Duration.ofMillis(1);

  private final RetryPolicy retryPolicy;
  private final ErrorMapper errorMapper;
  private final SendTracker sendTracker;
  private final Sleeper sleeper;
  private final AsyncScheduler scheduler;
  private final Clock clock;
  private final Listeners listeners;

  Transport(RetryPolicy retryPolicy, ErrorMapper errorMapper, SendTracker sendTracker, Sleeper sleeper,
      AsyncScheduler scheduler, Clock clock, Listeners listeners) {
    this.clock = clock;
    this.listeners = listeners;
    this.retryPolicy = retryPolicy;
    this.errorMapper = errorMapper;
    this.sendTracker = sendTracker;
    this.sleeper = sleeper;
    this.scheduler = scheduler;
  }

  /** The result of one attempt: a body, or a failure. */
  private static final class Outcome<T> {
    final T body;
    final BrowserActException failure;
    /** The HTTP status and traceId header of a success (a failure carries its own). */
    final int status;
    final String traceId;

    Outcome(T body, BrowserActException failure) {
      this(body, failure, 0, null);
    }

    Outcome(T body, BrowserActException failure, int status, String traceId) {
      this.body = body;
      this.failure = failure;
      this.status = status;
      this.traceId = traceId;
    }

    CallAttempt describe(Operation operation, int number, Duration duration) {
      if (failure instanceof ApiException) {
        ApiException api = (ApiException) failure;
        return new CallAttempt(operation.operationId, number, api.statusCode(), api.code(), api.traceId(), duration,
            failure);
      }
      return new CallAttempt(operation.operationId, number, status, null, traceId, duration, failure);
    }
  }

  /** One call as the client's {@link ClientListener}s hear it: each attempt, each retry wait, the end. */
  private final class Heard {
    private final Operation operation;
    private final CallListener listener;
    private final Instant start = clock.instant();
    private int attempts;

    Heard(Operation operation) {
      this.operation = operation;
      this.listener = listeners.onCallStart(operation.operationId);
    }

    void attempted(Outcome<?> outcome, int attempt, Instant sent) {
      attempts = attempt + 1;
      listener.onAttempt(outcome.describe(operation, attempts, Duration.between(sent, clock.instant())));
    }

    void retryingAfter(Duration delay, BrowserActException failure) {
      listener.onRetryWait(delay, failure);
    }

    void ended(Throwable failure) {
      listener.onEnd(attempts, Duration.between(start, clock.instant()), failure);
    }
  }

  /**
   * One call's retry state, shared by the synchronous and asynchronous loops: the retries the policy allows, then,
   * for a start that asked to wait for a free slot of the plan, further tries until that deadline.
   */
  private final class Attempts {
    private final Operation operation;
    private final boolean retrying;
    private final boolean retryingRefusals;
    private final Instant slotDeadline;
    private int retries;
    private int slotWaits;

    Attempts(ApiCall<?, ?> apiCall) {
      this.operation = apiCall.operation;
      this.retrying = apiCall.retrying;
      this.retryingRefusals = apiCall.retryingRefusals;
      this.slotDeadline = apiCall.slotPatience.isZero() ? null : clock.instant().plus(apiCall.slotPatience);
    }

    int count() {
      return retries + slotWaits;
    }

    /** @return the wait before the next attempt, or null when {@code failure} is final */
    Duration next(BrowserActException failure) {
      if (failure instanceof ConcurrencyLimitException && !retryingRefusals) {
        return null;
      }
      Duration delay = retrying ? retryPolicy.delayBeforeRetry(failure, retries) : null;
      if (delay != null) {
        retries++;
        return delay;
      }
      if (failure instanceof ConcurrencyLimitException && slotDeadline != null) {
        Duration left = Duration.between(clock.instant(), slotDeadline);
        if (!left.isNegative() && !left.isZero()) {
          Duration wait = retryPolicy.delayForSlot((ConcurrencyLimitException) failure, slotWaits++);
          return wait.compareTo(left) < 0 ? wait : left;
        }
      }
      return null;
    }
  }

  /** Sends the call, retrying as allowed, and returns what the caller receives; throws the final failure. */
  <W, T> T execute(ApiCall<W, T> apiCall) {
    Heard heard = new Heard(apiCall.operation);
    try {
      T result = execute(apiCall, heard);
      heard.ended(null);
      return result;
    } catch (RuntimeException e) {
      heard.ended(e);
      throw e;
    }
  }

  private <W, T> T execute(ApiCall<W, T> apiCall, Heard heard) {
    Attempts attempts = new Attempts(apiCall);
    while (true) {
      int attempt = attempts.count();
      Instant sent = clock.instant();
      Outcome<W> outcome = attempt(apiCall, attempt);
      heard.attempted(outcome, attempt, sent);
      if (outcome.failure == null) {
        return apiCall.read.apply(outcome.body);
      }
      Duration delay = attempts.next(outcome.failure);
      if (delay == null) {
        throw outcome.failure;
      }
      heard.retryingAfter(delay, outcome.failure);
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BrowserActException(apiCall.operation.operationId + " was interrupted while waiting to retry", e);
      }
    }
  }

  private <W> Outcome<W> attempt(ApiCall<W, ?> apiCall, int attempt) {
    Call<W> call = newCall(apiCall);
    sendTracker.begin(call.request(), attempt + 1);
    try {
      return onResponse(apiCall, call, call.execute());
    } catch (IOException e) {
      return onFailure(apiCall.operation, call, e);
    } catch (RuntimeException e) {
      return unexpected(apiCall.operation, call, e);
    }
  }

  /**
   * A new attempt's call. Inside a wait, no attempt outlasts the wait's deadline: a poll that hangs is cut off when
   * the time is up, where the client's read timeout alone could carry it a whole timeout past.
   */
  private <W> Call<W> newCall(ApiCall<W, ?> apiCall) {
    Call<W> call = apiCall.newCall.get();
    if (apiCall.deadline != null) {
      Duration left = Duration.between(clock.instant(), apiCall.deadline);
      long nanos = Math.max(left.toNanos(), LEAST_CALL_TIME.toNanos());
      long configured = call.timeout().timeoutNanos();
      if (configured == 0 || nanos < configured) {
        call.timeout().timeout(nanos, TimeUnit.NANOSECONDS);
      }
    }
    return call;
  }

  /** Asynchronous form of {@link #execute(ApiCall)}: no thread waits; retries are scheduled. */
  <W, T> CompletableFuture<T> executeAsync(ApiCall<W, T> apiCall) {
    CompletableFuture<W> answer = scheduler.track(new CompletableFuture<>());
    Heard heard = new Heard(apiCall.operation);
    Futures.failingInto(answer, () -> attemptAsync(apiCall, new Attempts(apiCall), answer, heard)).run();
    // The listeners hear the end before the caller does.
    return Futures.handle(Futures.map(answer, apiCall.read), (value, error) -> {
      heard.ended(error);
      if (error != null) {
        throw error instanceof RuntimeException ? (RuntimeException) error : new CompletionException(error);
      }
      return value;
    });
  }

  private <W> void attemptAsync(ApiCall<W, ?> apiCall, Attempts attempts, CompletableFuture<W> result,
      Heard heard) {
    if (result.isDone()) {
      return;
    }
    Operation operation = apiCall.operation;
    int attempt = attempts.count();
    Call<W> call = newCall(apiCall);
    sendTracker.begin(call.request(), attempt + 1);
    Instant sent = clock.instant();
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(new Callback<W>() {
      @Override
      public void onResponse(Call<W> c, Response<W> response) {
        settle(onResponseSafely(apiCall, c, response));
      }

      @Override
      public void onFailure(Call<W> c, Throwable t) {
        Throwable crash = crashInsideOkHttp(t);
        settle(crash != null ? unexpected(operation, c, crash) : t instanceof IOException
            ? Transport.this.onFailure(operation, c, (IOException) t) : unexpected(operation, c, t));
      }

      private void settle(Outcome<W> outcome) {
        heard.attempted(outcome, attempt, sent);
        if (result.isDone()) {
          return; // cancelled or closed meanwhile: nothing to retry
        }
        if (outcome.failure == null) {
          result.complete(outcome.body);
          return;
        }
        try {
          Duration delay = attempts.next(outcome.failure);
          if (delay == null) {
            result.completeExceptionally(outcome.failure);
            return;
          }
          heard.retryingAfter(delay, outcome.failure);
          scheduler.get().schedule(Futures.failingInto(result, () -> attemptAsync(apiCall, attempts, result, heard)),
              delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RuntimeException closed) {
          // Thrown on an OkHttp thread, it would be lost and the future would never complete.
          result.completeExceptionally(closed);
        }
      }
    });
  }

  /**
   * OkHttp reports a runtime exception thrown inside an asynchronous call (by an interceptor, say) as an
   * {@code IOException("canceled due to ...")} with the real failure suppressed, where the synchronous form throws
   * it as it is. Unwrapped here, both forms report it the same way.
   */
  static Throwable crashInsideOkHttp(Throwable t) {
    if (t instanceof IOException) {
      for (Throwable suppressed : t.getSuppressed()) {
        if (!(suppressed instanceof IOException)) {
          return suppressed;
        }
      }
    }
    return null;
  }

  /** A failure that is neither an answer nor an I/O error: kept as the cause, and the request forgotten. */
  private <W> Outcome<W> unexpected(Operation operation, Call<W> call, Throwable t) {
    sendTracker.end(call.request());
    return new Outcome<>(null, ErrorMapper.unexpected(operation, t));
  }

  private <W> Outcome<W> onResponseSafely(ApiCall<W, ?> apiCall, Call<W> call, Response<W> response) {
    try {
      return onResponse(apiCall, call, response);
    } catch (RuntimeException e) {
      return unexpected(apiCall.operation, call, e);
    }
  }

  private <W> Outcome<W> onResponse(ApiCall<W, ?> apiCall, Call<W> call, Response<W> response) {
    Operation operation = apiCall.operation;
    sendTracker.end(call.request());
    if (response.isSuccessful()) {
      String problem = apiCall.check.problem(response.body());
      return problem == null ? new Outcome<>(response.body(), null, response.code(), response.headers().get("traceId"))
          : new Outcome<>(null,
          ErrorMapper.unusable(operation, response.code(), problem, ModelJson.toJson(response.body()), null));
    }
    return new Outcome<>(null, errorMapper.fromResponse(operation, response.code(),
        response.headers().get("Retry-After"), response.errorBody()));
  }

  private <T> Outcome<T> onFailure(Operation operation, Call<T> call, IOException e) {
    boolean sent = sendTracker.end(call.request());
    return new Outcome<>(null, errorMapper.fromIo(operation, e, sent));
  }
}
