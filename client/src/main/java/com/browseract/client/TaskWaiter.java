package com.browseract.client;

import com.browseract.client.model.Task;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a task until it ends. The synchronous form sleeps on the caller's thread; the asynchronous form
 * holds no thread between polls: each poll is scheduled on the client's one scheduler thread and sent with
 * OkHttp's asynchronous calls through the client's {@link PollQueue}, so thousands of waits can run at once.
 * {@link WaitProgress} makes every decision, including how a failed poll is handled, for both.
 */
final class TaskWaiter {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");

  private final Sleeper sleeper;
  private final Clock clock;
  private final AsyncScheduler scheduler;
  private final PollQueue queue;

  TaskWaiter(Sleeper sleeper, Clock clock, AsyncScheduler scheduler, PollQueue queue) {
    this.sleeper = sleeper;
    this.clock = clock;
    this.scheduler = scheduler;
    this.queue = queue;
  }

  Task await(TaskPoller poller, String taskId, WaitOptions options) {
    WaitProgress progress = new WaitProgress(taskId, options, clock);
    while (true) {
      Task ended;
      Duration delay;
      try {
        ended = pollOnce(poller, taskId, progress);
        delay = ended == null ? progress.nextDelay() : null;
      } catch (BrowserActException failed) {
        ended = null;
        delay = progress.afterFailure(failed);
      }
      if (ended != null) {
        return progress.conclude(ended);
      }
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

  /** One poll: the full task when it has ended, null while it runs. */
  private static Task pollOnce(TaskPoller poller, String taskId, WaitProgress progress) {
    Task full = progress.wantsSteps() ? poller.get(taskId) : null;
    boolean ended = full != null ? progress.observe(full.getStatus(), full.getSteps())
        : progress.observe(poller.status(taskId), null);
    return !ended ? null : full != null ? full : poller.get(taskId);
  }

  CompletableFuture<Task> awaitAsync(TaskPoller poller, String taskId, WaitOptions options) {
    CompletableFuture<Task> result = scheduler.track(new CompletableFuture<>());
    // The poll in flight or the one scheduled next: what a cancel must reach.
    AtomicReference<Future<?>> pending = new AtomicReference<>();
    result.whenComplete((task, error) -> {
      if (result.isCancelled()) {
        Future<?> next = pending.get();
        if (next != null) {
          next.cancel(false);
        }
        if (options.stopTaskOnCancel()) {
          stopAfterCancel(poller, taskId, options);
        }
      }
    });
    WaitProgress progress = new WaitProgress(taskId, options, clock);
    Futures.failingInto(result, () -> pollAsync(poller, taskId, progress, result, pending)).run();
    return result;
  }

  private void pollAsync(TaskPoller poller, String taskId, WaitProgress progress, CompletableFuture<Task> result,
      AtomicReference<Future<?>> pending) {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<Task> poll = pollOnceAsync(poller, taskId, progress);
    pending.set(poll);
    if (result.isDone()) {
      poll.cancel(false);
      return;
    }
    poll.whenComplete((ended, error) -> {
      if (result.isDone()) {
        return;
      }
      Duration delay;
      try {
        if (error != null) {
          Throwable cause = Futures.unwrap(error);
          if (!(cause instanceof BrowserActException)) {
            result.completeExceptionally(cause);
            return;
          }
          delay = progress.afterFailure((BrowserActException) cause);
        } else if (ended != null) {
          result.complete(progress.conclude(ended));
          return;
        } else {
          delay = progress.nextDelay();
          if (delay == null) {
            result.completeExceptionally(progress.timeout());
            return;
          }
        }
        pending.set(scheduler.get().schedule(
            Futures.failingInto(result, () -> pollAsync(poller, taskId, progress, result, pending)),
            delay.toNanos(), TimeUnit.NANOSECONDS));
      } catch (RuntimeException endsTheWait) {
        result.completeExceptionally(endsTheWait);
      }
    });
  }

  private CompletableFuture<Task> pollOnceAsync(TaskPoller poller, String taskId, WaitProgress progress) {
    if (progress.wantsSteps()) {
      return Futures.map(queue.poll(() -> poller.getAsync(taskId)),
          full -> progress.observe(full.getStatus(), full.getSteps()) ? full : null);
    }
    return Futures.compose(queue.poll(() -> poller.statusAsync(taskId)), status -> progress.observe(status, null)
        ? queue.read(() -> poller.getAsync(taskId)) : CompletableFuture.completedFuture(null));
  }

  /** Stops the task of a cancelled wait; a failed stop is logged and told to the listener, never lost. */
  static void stopAfterCancel(TaskPoller poller, String taskId, WaitOptions options) {
    CompletableFuture<StopOutcome> stop;
    try {
      stop = poller.stopAsync(taskId);
    } catch (RuntimeException e) {
      stopFailed(taskId, options, e);
      return;
    }
    stop.whenComplete((outcome, error) -> {
      if (error != null) {
        stopFailed(taskId, options, Futures.unwrap(error));
      }
    });
  }

  private static void stopFailed(String taskId, WaitOptions options, Throwable error) {
    LOG.warn("Stopping task {} after its wait was cancelled failed; it may still be running: {}", taskId,
        error.toString());
    options.listener().onStopFailed(taskId, error);
  }
}
