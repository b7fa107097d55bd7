package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a task until it ends. The synchronous form sleeps on the caller's thread; the asynchronous form
 * holds no thread between polls: each poll is scheduled on the client's one scheduler thread and sent with
 * OkHttp's asynchronous calls through the client's {@link PollQueue}, so thousands of waits can run at once.
 * {@link WaitProgress} makes every decision, including how a failed poll is handled, for both.
 *
 * <p>Every wait follows its task's callbacks through the client's {@link Webhooks}: a callback saying the task ended
 * wakes the sleeping thread, or brings the scheduled poll forward, and the next read is a get-task.
 */
final class TaskWaiter {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");

  private final Sleeper sleeper;
  private final Clock clock;
  private final AsyncScheduler scheduler;
  private final Webhooks webhooks;
  private final PollQueue queue;
  private final Listeners listeners;

  TaskWaiter(Sleeper sleeper, Clock clock, AsyncScheduler scheduler, Webhooks webhooks, PollQueue queue) {
    this(sleeper, clock, scheduler, webhooks, queue, new Listeners(java.util.List.of()));
  }

  private TaskWaiter(Sleeper sleeper, Clock clock, AsyncScheduler scheduler, Webhooks webhooks, PollQueue queue,
      Listeners listeners) {
    this.listeners = listeners;
    this.sleeper = sleeper;
    this.clock = clock;
    this.scheduler = scheduler;
    this.webhooks = webhooks;
    this.queue = queue;
  }

  /** @return this waiter, telling the client's listeners of each wait */
  TaskWaiter heardBy(Listeners hooks) {
    return new TaskWaiter(sleeper, clock, scheduler, webhooks, queue, hooks);
  }

  /**
   * Waits on the caller's thread.
   *
   * @param justStarted whether the caller started the task a moment ago (then a wait that expects callbacks does
   *     not poll at once)
   */
  <D> D await(WaitDialect<D> poller, String taskId, WaitOptions options, boolean justStarted) {
    WaitReport<D> report = new WaitReport<>(poller, taskId, options, listeners, clock);
    try {
      D detail = awaitReported(report.counting(), taskId, report.options(), justStarted);
      report.end(detail, null);
      return detail;
    } catch (RuntimeException e) {
      report.end(null, e);
      throw e;
    }
  }

  private <D> D awaitReported(WaitDialect<D> poller, String taskId, WaitOptions options, boolean justStarted) {
    WaitProgress progress = new WaitProgress(taskId, options, clock);
    CallbackHints hints = new CallbackHints(clock, options.safetyPollInterval());
    Semaphore wake = new Semaphore(0);
    hints.onArrival(wake::release);
    Runnable unfollow = webhooks.follow(taskId, hints);
    try {
      Duration delay = progress.firstDelay(justStarted);
      while (true) {
        sleepUntilDue(taskId, delay, hints, wake);
        if (progress.expired()) {
          throw progress.timeout();
        }
        D ended;
        try {
          ended = pollOnce(poller, taskId, progress, hints);
          delay = ended == null ? progress.nextDelay() : null;
        } catch (BrowserActException failed) {
          ended = null;
          delay = progress.afterFailure(failed);
        }
        if (ended != null) {
          return progress.conclude(poller, ended);
        }
        if (delay == null) {
          throw progress.timeout();
        }
      }
    } finally {
      unfollow.run();
    }
  }

  /** Sleeps {@code delay}, or less once a callback said the task ended (as soon as {@link CallbackHints} allows). */
  private void sleepUntilDue(String taskId, Duration delay, CallbackHints hints, Semaphore wake) {
    Instant due = clock.instant().plus(delay);
    try {
      while (true) {
        Duration left = Duration.between(clock.instant(), due);
        if (hints.pending()) {
          Duration hold = hints.delay();
          left = hold.compareTo(left) < 0 ? hold : left;
        }
        if (left.isNegative() || left.isZero()) {
          return;
        }
        sleeper.sleepUnlessWoken(left, wake);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrowserActException("Waiting for task " + taskId + " was interrupted; the task keeps running", e);
    }
  }

  /**
   * One poll: the full task when it has ended, null while it runs. After a callback it is a get-task, whose answer
   * alone is believed.
   */
  private static <D> D pollOnce(WaitDialect<D> poller, String taskId, WaitProgress progress,
      CallbackHints hints) {
    if (hints.take()) {
      D full;
      try {
        full = poller.get(taskId, progress.deadline());
      } catch (BrowserActException failed) {
        hints.readDidNotEnd(true);
        throw failed;
      }
      if (progress.observeFull(poller, full)) {
        return full;
      }
      hints.readDidNotEnd(false);
      return null;
    }
    D full = progress.wantsSteps() ? poller.get(taskId, progress.deadline()) : null;
    boolean ended = full != null
        ? progress.observe(poller.detailOperation(), poller.statusOf(full), poller.stepsOf(full))
        : progress.observe(poller.statusOperation(), poller.status(taskId, progress.deadline()), null);
    return !ended ? null : full != null ? full : poller.get(taskId, progress.deadline());
  }

  /** Waits without holding a thread; see {@link #await(WaitDialect, String, WaitOptions, boolean)}. */
  <D> CompletableFuture<D> awaitAsync(WaitDialect<D> poller, String taskId, WaitOptions waitOptions,
      boolean justStarted) {
    WaitReport<D> report = new WaitReport<>(poller, taskId, waitOptions, listeners, clock);
    WaitOptions options = report.options();
    CompletableFuture<D> result = scheduler.track(new CompletableFuture<>());
    AsyncWait<D> wait = new AsyncWait<>(report.counting(), taskId, options, result);
    result.whenComplete((task, error) -> {
      wait.end();
      report.end(task, error == null ? null : Futures.unwrap(error));
      if (result.isCancelled() && options.stopTaskOnCancel()) {
        stopAfterCancel(poller, taskId, options);
      }
    });
    Futures.failingInto(result, () -> wait.begin(justStarted)).run();
    return result;
  }

  /** One asynchronous wait: its polls run one after another, each scheduled when the one before has settled. */
  private final class AsyncWait<D> {
    private final WaitDialect<D> poller;
    private final String taskId;
    private final CompletableFuture<D> result;
    private final WaitProgress progress;
    private final CallbackHints hints;
    private final Runnable unfollow;
    // Guarded by this: the poll scheduled next or the one in flight (what a cancel or a callback must reach).
    private Future<?> next;
    private boolean inFlight;
    private Instant due = Instant.MAX;

    AsyncWait(WaitDialect<D> poller, String taskId, WaitOptions options, CompletableFuture<D> result) {
      this.poller = poller;
      this.taskId = taskId;
      this.result = result;
      this.progress = new WaitProgress(taskId, options, clock);
      this.hints = new CallbackHints(clock, options.safetyPollInterval());
      hints.onArrival(this::hinted);
      this.unfollow = webhooks.follow(taskId, hints);
    }

    void begin(boolean justStarted) {
      Duration first = progress.firstDelay(justStarted);
      if (first.isZero()) {
        poll();
      } else {
        synchronized (this) {
          schedule(first);
        }
      }
    }

    /** Called with the lock held. */
    private void schedule(Duration delay) {
      due = clock.instant().plus(delay);
      next = scheduler.get().schedule(Futures.failingInto(result, this::poll), delay.toNanos(),
          TimeUnit.NANOSECONDS);
    }

    /** A callback said the task ended: the scheduled poll comes now (or when false alarms allow). */
    private void hinted() {
      try {
        synchronized (this) {
          if (result.isDone() || inFlight || next == null) {
            return; // the poll in flight, or the first one, takes the hint
          }
          Duration hold = hints.delay();
          if (hold.compareTo(Duration.between(clock.instant(), due)) >= 0 || !next.cancel(false)) {
            return; // the scheduled poll comes first, or is starting: it takes the hint
          }
          schedule(hold);
        }
      } catch (RuntimeException closed) {
        result.completeExceptionally(closed);
      }
    }

    private void poll() {
      boolean hinted;
      synchronized (this) {
        if (result.isDone() || inFlight) {
          return;
        }
        if (progress.expired()) {
          result.completeExceptionally(progress.timeout());
          return;
        }
        inFlight = true;
        hinted = hints.take();
      }
      CompletableFuture<D> poll = hinted
          ? Futures.map(queue.read(() -> poller.getAsync(taskId, progress.deadline())),
              full -> progress.observeFull(poller, full) ? full : null)
          : pollOnceAsync(poller, taskId, progress);
      synchronized (this) {
        next = poll;
      }
      if (result.isDone()) {
        poll.cancel(false);
        return;
      }
      poll.whenComplete((ended, error) -> settle(ended, error, hinted));
    }

    private void settle(D ended, Throwable error, boolean hinted) {
      if (result.isDone()) {
        return;
      }
      try {
        Duration delay;
        if (error != null) {
          Throwable cause = Futures.unwrap(error);
          if (!(cause instanceof BrowserActException)) {
            result.completeExceptionally(cause);
            return;
          }
          if (hinted) {
            hints.readDidNotEnd(true);
          }
          delay = progress.afterFailure((BrowserActException) cause);
        } else if (ended != null) {
          result.complete(progress.conclude(poller, ended));
          return;
        } else {
          if (hinted) {
            hints.readDidNotEnd(false);
          }
          delay = progress.nextDelay();
          if (delay == null) {
            result.completeExceptionally(progress.timeout());
            return;
          }
        }
        synchronized (this) {
          inFlight = false;
          if (result.isDone()) {
            return;
          }
          if (hints.pending()) {
            Duration hold = hints.delay();
            delay = hold.compareTo(delay) < 0 ? hold : delay;
          }
          schedule(delay);
        }
      } catch (RuntimeException endsTheWait) {
        result.completeExceptionally(endsTheWait);
      }
    }

    /** The wait is over: no more callbacks, and a cancel reaches the poll scheduled or in flight. */
    void end() {
      unfollow.run();
      if (result.isCancelled()) {
        Future<?> pending;
        synchronized (this) {
          pending = next;
        }
        if (pending != null) {
          pending.cancel(false);
        }
      }
    }
  }

  private <D> CompletableFuture<D> pollOnceAsync(WaitDialect<D> poller, String taskId, WaitProgress progress) {
    Instant deadline = progress.deadline();
    if (progress.wantsSteps()) {
      return Futures.map(queue.poll(() -> poller.getAsync(taskId, deadline)),
          full -> progress.observe(poller.detailOperation(), poller.statusOf(full), poller.stepsOf(full))
              ? full : null);
    }
    return Futures.compose(queue.poll(() -> poller.statusAsync(taskId, deadline)),
        status -> progress.observe(poller.statusOperation(), status, null)
            ? queue.read(() -> poller.getAsync(taskId, deadline)) : CompletableFuture.completedFuture(null));
  }

  /** Waits for a task or run the caller started a moment ago. */
  <D> D startAndAwait(String id, WaitDialect<D> dialect, WaitOptions options) {
    Validation.requireId("task_id", id);
    return await(dialect, id, options, true);
  }

  /**
   * Starts and waits without holding a thread: the one sequence of start, wait and stop-on-cancel for both APIs.
   * Cancelling the result cancels the wait; with {@link WaitOptions#stopTaskOnCancel()} the task is stopped, even
   * when the cancel came while the start was on its way: a start cancelled on the wire may still create the task,
   * so it is never cancelled; once it answers, a wait cancelled before it began stops the task instead. Without
   * that option a start in flight is cancelled, and the task may exist anyway.
   *
   * @param start the start in flight
   * @param idOf reads the new task's id from the start's answer
   */
  <S, D> CompletableFuture<D> startAndAwaitAsync(CompletableFuture<S> start, Function<S, String> idOf,
      WaitDialect<D> dialect, WaitOptions options) {
    if (!options.stopTaskOnCancel()) {
      return Futures.compose(start, started -> awaitStarted(idOf.apply(started), dialect, options));
    }
    AtomicBoolean waiting = new AtomicBoolean();
    CompletableFuture<D> result = Futures.compose(start.thenApply(started -> started), started -> {
      waiting.set(true);
      return awaitStarted(idOf.apply(started), dialect, options);
    });
    result.whenComplete((detail, error) -> {
      if (result.isCancelled() && !waiting.get()) {
        start.thenAccept(started -> stopAfterCancel(dialect, idOf.apply(started), options));
      }
    });
    return result;
  }

  private <D> CompletableFuture<D> awaitStarted(String id, WaitDialect<D> dialect, WaitOptions options) {
    Validation.requireId("task_id", id);
    return awaitAsync(dialect, id, options, true);
  }

  /** Stops the task of a cancelled wait; a failed stop is logged and told to the listener, never lost. */
  static void stopAfterCancel(WaitDialect<?> poller, String taskId, WaitOptions options) {
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
