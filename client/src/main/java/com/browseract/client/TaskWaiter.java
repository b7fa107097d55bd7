package com.browseract.client;

import com.browseract.client.model.Task;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Polls a task until it ends. The synchronous form sleeps on the caller's thread; the asynchronous form
 * holds no thread between polls: each poll is scheduled on the client's one scheduler thread and sent with
 * OkHttp's asynchronous calls, so thousands of waits can run at once.
 */
final class TaskWaiter {
  private final Sleeper sleeper;
  private final Clock clock;
  private final Supplier<ScheduledExecutorService> scheduler;

  TaskWaiter(Sleeper sleeper, Clock clock, Supplier<ScheduledExecutorService> scheduler) {
    this.sleeper = sleeper;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  Task await(TaskPoller poller, String taskId, WaitOptions options) {
    WaitProgress progress = new WaitProgress(taskId, options, clock);
    while (true) {
      Task full = progress.wantsSteps() ? poller.get(taskId) : null;
      boolean ended = full != null ? progress.observe(full.getStatus(), full.getSteps())
          : progress.observe(poller.status(taskId), null);
      if (ended) {
        return progress.conclude(full != null ? full : poller.get(taskId));
      }
      Duration delay = progress.nextDelay();
      if (delay == null) {
        throw progress.timeout();
      }
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BrowserActException("Waiting for task " + taskId + " was interrupted; the task keeps running",
            e);
      }
    }
  }

  CompletableFuture<Task> awaitAsync(TaskPoller poller, String taskId, WaitOptions options) {
    CompletableFuture<Task> result = new CompletableFuture<>();
    AtomicReference<Future<?>> pending = new AtomicReference<>();
    result.whenComplete((task, error) -> {
      if (result.isCancelled()) {
        Future<?> next = pending.get();
        if (next != null) {
          next.cancel(false);
        }
        if (options.stopTaskOnCancel()) {
          poller.stopAsync(taskId);
        }
      }
    });
    pollAsync(poller, taskId, new WaitProgress(taskId, options, clock), result, pending);
    return result;
  }

  private void pollAsync(TaskPoller poller, String taskId, WaitProgress progress,
      CompletableFuture<Task> result, AtomicReference<Future<?>> pending) {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<Task> fullPoll = progress.wantsSteps() ? poller.getAsync(taskId) : null;
    CompletableFuture<Boolean> ended = fullPoll != null
        ? fullPoll.thenApply(full -> progress.observe(full.getStatus(), full.getSteps()))
        : poller.statusAsync(taskId).thenApply(status -> progress.observe(status, null));
    ended.whenComplete((isEnded, error) -> {
      if (error != null) {
        result.completeExceptionally(unwrap(error));
      } else if (isEnded) {
        (fullPoll != null ? fullPoll : poller.getAsync(taskId))
            .thenApply(progress::conclude)
            .whenComplete((task, failure) -> {
              if (failure != null) {
                result.completeExceptionally(unwrap(failure));
              } else {
                result.complete(task);
              }
            });
      } else {
        Duration delay = progress.nextDelay();
        if (delay == null) {
          result.completeExceptionally(progress.timeout());
          return;
        }
        try {
          pending.set(scheduler.get().schedule(() -> pollAsync(poller, taskId, progress, result, pending),
              delay.toNanos(), TimeUnit.NANOSECONDS));
        } catch (RuntimeException closed) {
          result.completeExceptionally(closed);
        }
      }
    });
  }

  static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while (current instanceof CompletionException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
