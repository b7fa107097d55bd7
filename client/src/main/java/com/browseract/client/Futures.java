package com.browseract.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Compositions of the SDK's futures that keep cancellation working: {@code CompletableFuture}'s own
 * {@code thenApply}/{@code thenCompose} do not pass a cancel back to the future they came from, so an HTTP call or
 * a scheduled poll behind them would go on after the caller gave up.
 */
final class Futures {
  private Futures() {
  }

  /**
   * {@code handler} applied to how {@code source} ends; cancelling the result cancels {@code source}. What the
   * handler throws fails the result.
   */
  static <A, B> CompletableFuture<B> handle(CompletableFuture<A> source, BiFunction<A, Throwable, B> handler) {
    CompletableFuture<B> result = new CompletableFuture<>();
    source.whenComplete((value, error) -> {
      try {
        result.complete(handler.apply(value, error == null ? null : unwrap(error)));
      } catch (RuntimeException failed) {
        result.completeExceptionally(unwrap(failed));
      }
    });
    cancelWith(result, source);
    return result;
  }

  /** {@code read} applied to the value of {@code source}; cancelling the result cancels {@code source}. */
  static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<A, B> read) {
    return handle(source, (value, error) -> {
      if (error != null) {
        throw error instanceof RuntimeException ? (RuntimeException) error : new CompletionException(error);
      }
      return read.apply(value);
    });
  }

  /**
   * The future {@code next} makes from the value of {@code first}; cancelling the result cancels whichever of
   * the two is running.
   */
  static <A, B> CompletableFuture<B> compose(CompletableFuture<A> first, Function<A, CompletableFuture<B>> next) {
    CompletableFuture<B> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> running = new AtomicReference<>(first);
    first.whenComplete((value, error) -> {
      if (error != null) {
        result.completeExceptionally(unwrap(error));
        return;
      }
      if (result.isDone()) {
        return;
      }
      CompletableFuture<B> second;
      try {
        second = next.apply(value);
      } catch (RuntimeException failed) {
        result.completeExceptionally(failed);
        return;
      }
      running.set(second);
      if (result.isCancelled()) {
        second.cancel(false);
        return;
      }
      second.whenComplete((secondValue, secondError) -> {
        if (secondError != null) {
          result.completeExceptionally(unwrap(secondError));
        } else {
          result.complete(secondValue);
        }
      });
    });
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        running.get().cancel(false);
      }
    });
    return result;
  }

  /**
   * {@code body}, made safe to hand to a scheduler: what it throws fails {@code result} (a scheduled task's
   * exception would otherwise vanish into its unread {@code ScheduledFuture}).
   */
  static Runnable failingInto(CompletableFuture<?> result, Runnable body) {
    return () -> {
      try {
        body.run();
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    };
  }

  /** Cancels {@code source} when {@code derived} is cancelled. */
  static void cancelWith(CompletableFuture<?> derived, CompletableFuture<?> source) {
    derived.whenComplete((value, error) -> {
      if (derived.isCancelled()) {
        source.cancel(false);
      }
    });
  }

  /** The failure inside the {@link CompletionException} wrappers that composed futures add. */
  static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while (current instanceof CompletionException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
