package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.errors.WaitTimeoutException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one wait tells its listeners beyond its progress: the wait's end, with its outcome, duration and the
 * requests it made. It hands the wait options whose listener also reaches the client's {@link ClientListener}s, and
 * a poller that counts the wait's requests.
 */
final class WaitReport {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");
  private final String taskId;
  private final Clock clock;
  private final Instant start;
  private final TaskListener listener;
  private final WaitOptions options;
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile TaskStatus lastStatus;

  WaitReport(String taskId, WaitOptions options, Listeners listeners, Clock clock) {
    this.taskId = taskId;
    this.clock = clock;
    this.start = clock.instant();
    this.listener = listeners.onWaitStart(taskId, options.listener());
    this.options = listener == options.listener() ? options : options.toBuilder().listener(listener).build();
  }

  /** @return the wait's options, with a listener that also reaches the client's listeners */
  WaitOptions options() {
    return options;
  }

  /** @return {@code poller}, counting every request of the wait */
  TaskPoller counting(TaskPoller poller) {
    return new TaskPoller() {
      @Override
      public TaskStatus status(String id, Instant deadline) {
        polls.incrementAndGet();
        TaskStatus status = poller.status(id, deadline);
        lastStatus = status;
        return status;
      }

      @Override
      public Task get(String id, Instant deadline) {
        polls.incrementAndGet();
        Task task = poller.get(id, deadline);
        lastStatus = task.getStatus();
        return task;
      }

      @Override
      public CompletableFuture<TaskStatus> statusAsync(String id, Instant deadline) {
        polls.incrementAndGet();
        return Futures.map(poller.statusAsync(id, deadline), status -> {
          lastStatus = status;
          return status;
        });
      }

      @Override
      public CompletableFuture<Task> getAsync(String id, Instant deadline) {
        polls.incrementAndGet();
        return Futures.map(poller.getAsync(id, deadline), task -> {
          lastStatus = task.getStatus();
          return task;
        });
      }

      @Override
      public CompletableFuture<StopOutcome> stopAsync(String id) {
        return poller.stopAsync(id);
      }
    };
  }

  /** The wait ended with {@code task}, or with {@code failure}; told once, whatever calls come after. */
  void end(Task task, Throwable failure) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    WaitSummary.Outcome outcome = outcome(task, failure);
    TaskStatus status = task != null && task.getStatus() != null ? task.getStatus() : lastStatus;
    WaitSummary summary = new WaitSummary(taskId, outcome, status, Duration.between(start, clock.instant()),
        polls.get(), failure);
    try {
      listener.onWaitEnd(summary);
    } catch (RuntimeException e) {
      LOG.warn("TaskListener.onWaitEnd threw for task {}; the wait had ended", taskId, e);
    }
  }

  private static WaitSummary.Outcome outcome(Task task, Throwable failure) {
    if (failure == null) {
      return task.getStatus() == TaskStatus.CANCELED ? WaitSummary.Outcome.CANCELED : WaitSummary.Outcome.FINISHED;
    }
    if (failure instanceof TaskFailedException) {
      return WaitSummary.Outcome.FAILED;
    }
    if (failure instanceof TaskCanceledException) {
      return WaitSummary.Outcome.CANCELED;
    }
    if (failure instanceof WaitTimeoutException) {
      return WaitSummary.Outcome.TIMED_OUT;
    }
    if (failure instanceof CancellationException
        || failure instanceof BrowserActException && failure.getCause() instanceof InterruptedException) {
      return WaitSummary.Outcome.ABANDONED;
    }
    return WaitSummary.Outcome.ERROR;
  }
}
