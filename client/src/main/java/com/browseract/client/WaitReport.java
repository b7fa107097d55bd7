package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.errors.WaitTimeoutException;
import com.browseract.client.model.TaskStep;
import com.browseract.client.model.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one wait tells its listeners beyond its progress: the wait's end, with its outcome, duration and the
 * requests it made. It hands the wait options whose listener also reaches the client's {@link ClientListener}s, and
 * a dialect that counts the wait's requests.
 *
 * @param <D> the detail the wait returns ({@code Task}, {@code Run})
 */
final class WaitReport<D> {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");
  private final WaitDialect<D> dialect;
  private final String taskId;
  private final Clock clock;
  private final Instant start;
  private final TaskListener listener;
  private final WaitOptions options;
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile TaskStatus lastStatus;

  WaitReport(WaitDialect<D> dialect, String taskId, WaitOptions options, Listeners listeners, Clock clock) {
    this.dialect = dialect;
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

  /** @return the dialect, counting every request of the wait */
  WaitDialect<D> counting() {
    return new WaitDialect<D>() {
      @Override
      public Operation statusOperation() {
        return dialect.statusOperation();
      }

      @Override
      public Operation detailOperation() {
        return dialect.detailOperation();
      }

      @Override
      public TaskStatus status(String id, Instant deadline) {
        polls.incrementAndGet();
        return heard(dialect.status(id, deadline));
      }

      @Override
      public D get(String id, Instant deadline) {
        polls.incrementAndGet();
        return heardDetail(dialect.get(id, deadline));
      }

      @Override
      public CompletableFuture<TaskStatus> statusAsync(String id, Instant deadline) {
        polls.incrementAndGet();
        return Futures.map(dialect.statusAsync(id, deadline), WaitReport.this::heard);
      }

      @Override
      public CompletableFuture<D> getAsync(String id, Instant deadline) {
        polls.incrementAndGet();
        return Futures.map(dialect.getAsync(id, deadline), WaitReport.this::heardDetail);
      }

      @Override
      public CompletableFuture<StopOutcome> stopAsync(String id) {
        return dialect.stopAsync(id);
      }

      @Override
      public TaskStatus statusOf(D detail) {
        return dialect.statusOf(detail);
      }

      @Override
      public List<TaskStep> stepsOf(D detail) {
        return dialect.stepsOf(detail);
      }

      @Override
      public BrowserActException failed(D detail) {
        return dialect.failed(detail);
      }

      @Override
      public BrowserActException canceled(D detail) {
        return dialect.canceled(detail);
      }
    };
  }

  private TaskStatus heard(TaskStatus status) {
    lastStatus = status;
    return status;
  }

  private D heardDetail(D detail) {
    lastStatus = dialect.statusOf(detail);
    return detail;
  }

  /** The wait ended with {@code detail}, or with {@code failure}; told once, whatever calls come after. */
  void end(D detail, Throwable failure) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    TaskStatus detailStatus = detail == null ? null : dialect.statusOf(detail);
    WaitSummary.Outcome outcome = outcome(detailStatus, failure);
    TaskStatus status = detailStatus != null ? detailStatus : lastStatus;
    WaitSummary summary = new WaitSummary(taskId, outcome, status, Duration.between(start, clock.instant()),
        polls.get(), failure);
    try {
      listener.onWaitEnd(summary);
    } catch (RuntimeException e) {
      LOG.warn("TaskListener.onWaitEnd threw for task {}; the wait had ended", taskId, e);
    }
  }

  private static WaitSummary.Outcome outcome(TaskStatus status, Throwable failure) {
    if (failure == null) {
      return status == TaskStatus.CANCELED ? WaitSummary.Outcome.CANCELED : WaitSummary.Outcome.FINISHED;
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
