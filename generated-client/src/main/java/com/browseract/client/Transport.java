package com.browseract.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs one API operation: sends it, maps failures to exceptions, and retries as {@link RetryPolicy} allows.
 * The synchronous and asynchronous forms share every decision; only the waiting differs.
 */
final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");

  private final RetryPolicy retryPolicy;
  private final ErrorMapper errorMapper;
  private final SendTracker sendTracker;
  private final Sleeper sleeper;
  private final Supplier<ScheduledExecutorService> scheduler;

  Transport(RetryPolicy retryPolicy, ErrorMapper errorMapper, SendTracker sendTracker, Sleeper sleeper,
      Supplier<ScheduledExecutorService> scheduler) {
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

    Outcome(T body, BrowserActException failure) {
      this.body = body;
      this.failure = failure;
    }
  }

  /** Says what is missing from a successful answer that the call cannot do without, or null when nothing is. */
  interface AnswerCheck<T> {
    String problem(T body);
  }

  private static <T> AnswerCheck<T> acceptAll() {
    return body -> null;
  }

  <T> T execute(Operation operation, Supplier<Call<T>> newCall) {
    return execute(operation, newCall, acceptAll());
  }

  <T> T execute(Operation operation, Supplier<Call<T>> newCall, AnswerCheck<T> check) {
    for (int retries = 0; ; retries++) {
      Call<T> call = newCall.get();
      sendTracker.begin(call.request());
      long start = System.nanoTime();
      Outcome<T> outcome;
      try {
        outcome = onResponse(operation, call, call.execute(), start, retries, check);
      } catch (IOException e) {
        outcome = onFailure(operation, call, e, start, retries);
      }
      if (outcome.failure == null) {
        return outcome.body;
      }
      Duration delay = retryPolicy.delayBeforeRetry(operation, outcome.failure, retries);
      if (delay == null) {
        throw outcome.failure;
      }
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BrowserActException(operation.operationId + " was interrupted while waiting to retry", e);
      }
    }
  }

  <T> CompletableFuture<T> executeAsync(Operation operation, Supplier<Call<T>> newCall) {
    return executeAsync(operation, newCall, acceptAll());
  }

  <T> CompletableFuture<T> executeAsync(Operation operation, Supplier<Call<T>> newCall, AnswerCheck<T> check) {
    CompletableFuture<T> result = new CompletableFuture<>();
    attemptAsync(operation, newCall, check, 0, result);
    return result;
  }

  private <T> void attemptAsync(Operation operation, Supplier<Call<T>> newCall, AnswerCheck<T> check, int retries,
      CompletableFuture<T> result) {
    if (result.isDone()) {
      return;
    }
    Call<T> call = newCall.get();
    sendTracker.begin(call.request());
    long start = System.nanoTime();
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> c, Response<T> response) {
        settle(onResponseSafely(operation, c, response, start, retries, check));
      }

      @Override
      public void onFailure(Call<T> c, Throwable t) {
        settle(t instanceof IOException ? Transport.this.onFailure(operation, c, (IOException) t, start, retries)
            : new Outcome<>(null, ErrorMapper.unexpected(operation, t)));
      }

      private void settle(Outcome<T> outcome) {
        if (outcome.failure == null) {
          result.complete(outcome.body);
          return;
        }
        Duration delay = retryPolicy.delayBeforeRetry(operation, outcome.failure, retries);
        if (delay == null) {
          result.completeExceptionally(outcome.failure);
          return;
        }
        try {
          scheduler.get().schedule(() -> attemptAsync(operation, newCall, check, retries + 1, result),
              delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RuntimeException closed) {
          // Thrown on an OkHttp thread, it would be lost and the future would never complete.
          result.completeExceptionally(closed);
        }
      }
    });
  }

  private <T> Outcome<T> onResponseSafely(Operation operation, Call<T> call, Response<T> response, long start,
      int retries, AnswerCheck<T> check) {
    try {
      return onResponse(operation, call, response, start, retries, check);
    } catch (RuntimeException e) {
      return new Outcome<>(null, ErrorMapper.unexpected(operation, e));
    }
  }

  private <T> Outcome<T> onResponse(Operation operation, Call<T> call, Response<T> response, long start,
      int retries, AnswerCheck<T> check) {
    sendTracker.end(call.request());
    log(operation, String.valueOf(response.code()), start, retries);
    if (response.isSuccessful()) {
      String problem = check.problem(response.body());
      return problem == null ? new Outcome<>(response.body(), null) : new Outcome<>(null,
          ErrorMapper.unusable(operation, response.code(), problem, ModelJson.toJson(response.body())));
    }
    return new Outcome<>(null, errorMapper.fromResponse(operation, response.code(),
        response.headers().get("Retry-After"), response.errorBody()));
  }

  private <T> Outcome<T> onFailure(Operation operation, Call<T> call, IOException e, long start, int retries) {
    boolean sent = sendTracker.end(call.request());
    log(operation, e.getClass().getSimpleName(), start, retries);
    return new Outcome<>(null, errorMapper.fromIo(operation, e, sent));
  }

  private static void log(Operation operation, String result, long start, int retries) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} -> {} in {} ms (attempt {})", operation.operationId, result,
          Duration.ofNanos(System.nanoTime() - start).toMillis(), retries + 1);
    }
  }
}
