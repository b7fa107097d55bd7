package com.browseract.client;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The requests of asynchronous waits, handed to OkHttp a few at a time: reads of tasks that have ended first, then
 * polls in the order they fell due.
 *
 * <p>OkHttp's dispatcher runs queued calls strictly in arrival order. With thousands of waits polling, the read of
 * a task that has just ended would queue behind every poll sent before it, and so would any other asynchronous call
 * of the client. Here no more requests are handed on than the dispatcher runs at once, so its own queue stays
 * short, and a read jumps the polls still waiting.
 */
final class PollQueue {
  private final int limit;
  private final ArrayDeque<Runnable> reads = new ArrayDeque<>();
  private final ArrayDeque<Runnable> polls = new ArrayDeque<>();
  // A request that completes at once would otherwise start the next from inside the last: a deep stack.
  private final ThreadLocal<Boolean> draining = ThreadLocal.withInitial(() -> false);
  private int running;

  PollQueue(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.limit = limit;
  }

  /** Sends a poll when a slot is free and no read is waiting; cancelling the result cancels or skips it. */
  <T> CompletableFuture<T> poll(Supplier<CompletableFuture<T>> request) {
    return submit(polls, request);
  }

  /** Sends a read of an ended task before any poll still waiting. */
  <T> CompletableFuture<T> read(Supplier<CompletableFuture<T>> request) {
    return submit(reads, request);
  }

  /** @return how many requests may be handed on at once */
  int limit() {
    return limit;
  }

  /** @return requests handed on and not yet answered */
  synchronized int running() {
    return running;
  }

  private <T> CompletableFuture<T> submit(ArrayDeque<Runnable> queue, Supplier<CompletableFuture<T>> request) {
    CompletableFuture<T> result = new CompletableFuture<>();
    synchronized (this) {
      queue.add(() -> send(request, result));
    }
    drain();
    return result;
  }

  private <T> void send(Supplier<CompletableFuture<T>> request, CompletableFuture<T> result) {
    if (result.isDone()) {
      release(); // cancelled while it waited: its slot goes to the next
      return;
    }
    CompletableFuture<T> sent;
    try {
      sent = request.get();
    } catch (RuntimeException failed) {
      try {
        result.completeExceptionally(failed);
      } finally {
        release();
      }
      return;
    }
    Futures.cancelWith(result, sent);
    sent.whenComplete((value, error) -> {
      // The caller's reaction first: a read it asks for takes this slot ahead of the polls.
      try {
        if (error != null) {
          result.completeExceptionally(Futures.unwrap(error));
        } else {
          result.complete(value);
        }
      } finally {
        release();
      }
    });
  }

  private void release() {
    synchronized (this) {
      running--;
    }
    drain();
  }

  private void drain() {
    if (draining.get()) {
      return; // the loop further up this thread's stack sends what was freed
    }
    draining.set(true);
    try {
      while (true) {
        Runnable next;
        synchronized (this) {
          if (running >= limit) {
            return;
          }
          next = reads.isEmpty() ? polls.poll() : reads.poll();
          if (next == null) {
            return;
          }
          running++;
        }
        next.run();
      }
    } finally {
      draining.set(false);
    }
  }
}
