package com.browseract.client;

import com.browseract.client.model.TaskStatus;
import java.time.Duration;
import java.util.Optional;

/** How a wait for a task ended, as {@link TaskListener#onWaitEnd(WaitSummary)} hears it. */
public final class WaitSummary {
  /** How a wait ended. */
  public enum Outcome {
    /** The task finished. */
    FINISHED,
    /** The task failed ({@link com.browseract.client.errors.TaskFailedException}). */
    FAILED,
    /** The task was canceled. */
    CANCELED,
    /** The wait's timeout passed first ({@link com.browseract.client.errors.WaitTimeoutException}). */
    TIMED_OUT,
    /** A call failed in a way the wait does not outlast. */
    ERROR,
    /** The caller stopped waiting: the future was cancelled, or the thread interrupted. */
    ABANDONED
  }

  private final String taskId;
  private final Outcome outcome;
  private final TaskStatus lastStatus;
  private final Duration duration;
  private final int polls;
  private final Throwable failure;

  WaitSummary(String taskId, Outcome outcome, TaskStatus lastStatus, Duration duration, int polls,
      Throwable failure) {
    this.taskId = taskId;
    this.outcome = outcome;
    this.lastStatus = lastStatus;
    this.duration = duration;
    this.polls = polls;
    this.failure = failure;
  }

  /** @return the task waited for */
  public String taskId() {
    return taskId;
  }

  /** @return how the wait ended */
  public Outcome outcome() {
    return outcome;
  }

  /** @return the task's last status seen, if any was */
  public Optional<TaskStatus> lastStatus() {
    return Optional.ofNullable(lastStatus);
  }

  /** @return from the start of the wait to its end */
  public Duration duration() {
    return duration;
  }

  /** @return the requests the wait made (status polls and reads of the task) */
  public int polls() {
    return polls;
  }

  /** @return what the wait ended with when it did not return a task, if anything */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return "WaitSummary{task " + taskId + " " + outcome + " after " + duration + ", " + polls + " polls}";
  }
}
