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

  /** Sends the call, retrying as allowed, and returns what the caller receives; throws the final failure. */
  <W, T> T execute(ApiCall<W, T> apiCall) {
    Operation operation = apiCall.operation;
    for (int retries = 0; ; retries++) {
      Call<W> call = apiCall.newCall.get();
      sendTracker.begin(call.request());
      long start = System.nanoTime();
      Outcome<W> outcome;
      try {
        outcome = onResponse(apiCall, call, call.execute(), start, retries);
      } catch (IOException e) {
        outcome = onFailure(operation, call, e, start, retries);
      }
      if (outcome.failure == null) {
        return apiCall.read.apply(outcome.body);
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

  /** Asynchronous form of {@link #execute(ApiCall)}: no thread waits; retries are scheduled. */
  <W, T> CompletableFuture<T> executeAsync(ApiCall<W, T> apiCall) {
    CompletableFuture<W> answer = new CompletableFuture<>();
    attemptAsync(apiCall, 0, answer);
    CompletableFuture<T> result = answer.thenApply(apiCall.read);
    // Cancelling what the caller holds must reach the call in flight.
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        answer.cancel(false);
      }
    });
    return result;
  }

  private <W> void attemptAsync(ApiCall<W, ?> apiCall, int retries, CompletableFuture<W> result) {
    if (result.isDone()) {
      return;
    }
    Operation operation = apiCall.operation;
    Call<W> call = apiCall.newCall.get();
    sendTracker.begin(call.request());
    long start = System.nanoTime();
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(new Callback<W>() {
      @Override
      public void onResponse(Call<W> c, Response<W> response) {
        settle(onResponseSafely(apiCall, c, response, start, retries));
      }

      @Override
      public void onFailure(Call<W> c, Throwable t) {
        settle(t instanceof IOException ? Transport.this.onFailure(operation, c, (IOException) t, start, retries)
            : new Outcome<>(null, ErrorMapper.unexpected(operation, t)));
      }

      private void settle(Outcome<W> outcome) {
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
          scheduler.get().schedule(() -> attemptAsync(apiCall, retries + 1, result),
              delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RuntimeException closed) {
          // Thrown on an OkHttp thread, it would be lost and the future would never complete.
          result.completeExceptionally(closed);
        }
      }
    });
  }

  private <W> Outcome<W> onResponseSafely(ApiCall<W, ?> apiCall, Call<W> call, Response<W> response, long start,
      int retries) {
    try {
      return onResponse(apiCall, call, response, start, retries);
    } catch (RuntimeException e) {
      return new Outcome<>(null, ErrorMapper.unexpected(apiCall.operation, e));
    }
  }

  private <W> Outcome<W> onResponse(ApiCall<W, ?> apiCall, Call<W> call, Response<W> response, long start,
      int retries) {
    Operation operation = apiCall.operation;
    sendTracker.end(call.request());
    log(operation, String.valueOf(response.code()), start, retries);
    if (response.isSuccessful()) {
      String problem = apiCall.check.problem(response.body());
      return problem == null ? new Outcome<>(response.body(), null) : new Outcome<>(null,
          ErrorMapper.unusable(operation, response.code(), problem, ModelJson.toJson(response.body()), null));
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
