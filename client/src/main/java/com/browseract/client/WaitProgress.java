package com.browseract.client;

import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import com.browseract.client.model.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The state of one wait, shared by the synchronous and asynchronous loops: what was seen, when to poll next,
 * and how the wait ends. Not thread-safe; each wait's polls happen one after another.
 */
final class WaitProgress {
  static final Set<TaskStatus> TERMINAL = Set.of(TaskStatus.FINISHED, TaskStatus.FAILED, TaskStatus.CANCELED);

  private final String taskId;
  private final WaitOptions options;
  private final Clock clock;
  private final Instant start;
  private final Instant deadline;
  private TaskStatus lastStatus;
  private int stepsSeen;
  private Duration nextInterval;

  WaitProgress(String taskId, WaitOptions options, Clock clock) {
    this.taskId = taskId;
    this.options = options;
    this.clock = clock;
    this.start = clock.instant();
    this.deadline = start.plus(options.timeout());
    this.nextInterval = options.initialPollInterval();
  }

  boolean wantsSteps() {
    return options.listener().wantsSteps();
  }

  /**
   * Records one poll's answer and tells the listener what is new.
   *
   * @param steps the task's steps when the full task was polled, else null
   * @return true when the task has ended
   */
  boolean observe(TaskStatus status, List<TaskStep> steps) {
    if (status != lastStatus) {
      options.listener().onStatusChange(taskId, lastStatus, status);
      lastStatus = status;
    }
    if (steps != null) {
      for (int i = stepsSeen; i < steps.size(); i++) {
        options.listener().onStep(taskId, steps.get(i));
      }
      stepsSeen = Math.max(stepsSeen, steps.size());
    }
    return status != null && TERMINAL.contains(status);
  }

  /** @return the wait before the next poll, cut short at the deadline; null once the deadline has passed */
  Duration nextDelay() {
    Duration remaining = Duration.between(clock.instant(), deadline);
    if (remaining.isNegative() || remaining.isZero()) {
      return null;
    }
    Duration delay = nextInterval.compareTo(remaining) < 0 ? nextInterval : remaining;
    long grown = (long) (nextInterval.toMillis() * options.pollMultiplier());
    nextInterval = Duration.ofMillis(Math.min(grown, options.maxPollInterval().toMillis()));
    return delay;
  }

  /** Ends a wait on an ended task: returns it, or throws for failed or (unless asked not to) canceled. */
  Task conclude(Task task) {
    TaskStatus status = task.getStatus() == null ? lastStatus : task.getStatus();
    if (status == TaskStatus.FAILED) {
      throw new TaskFailedException(task);
    }
    if (status == TaskStatus.CANCELED && !options.returnCanceledTask()) {
      throw new TaskCanceledException(task);
    }
    return task;
  }

  WaitTimeoutException timeout() {
    return new WaitTimeoutException(taskId, lastStatus, Duration.between(start, clock.instant()));
  }
}
