package com.browseract.client;

import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a task: polling backoff, overall timeout, and what to do on cancellation.
 *
 * <p>Polls start {@link #initialPollInterval()} apart and grow by {@link #pollMultiplier()}, up to a cap that follows
 * the task's age: {@link #pollCapShare()} of the time waited so far, at least {@link #pollCapFloor()}, at most
 * {@link #maxPollInterval()}. A short task is so seen within a second or two of its end, and a long one costs few
 * requests: with the defaults (1 s, ×1.5, 7 % between 2 s and 10 s) a 20 s task is polled about every 2 s, a 1 min
 * one about every 4 s, a 5 min one ends with polls 10 s apart; a fixed cap ({@code pollCapShare(0)}) polls less early and answers later. Other
 * defaults: timeout 30 min, a canceled task throws {@link TaskCanceledException}, cancelling an asynchronous wait
 * leaves the task running, no listener.
 *
 * <p><strong>Webhook-accelerated waits.</strong> With {@link Builder#callbackUrl(String)} the wait expects the task's
 * callbacks to reach this client's {@link BrowserAct#webhooks()} (a {@link WebhookReceiver} or your own endpoint
 * calling {@link Webhooks#accept(String)}). It then learns of the end from the callback, re-reads the task at once
 * and returns; instead of the schedule above it polls only as a safety net, in case a callback is lost: after
 * {@link #safetyPollInterval()} (default 3 min), then after as long as it has waited so far (the polls double), at
 * most every 10 minutes. A 5-minute task whose callback arrives thus costs one poll and one read. {@link Tasks#runAndWait(com.browseract.client.model.RunTaskRequest, WaitOptions)} also
 * sends that URL as the task's {@code callback_url} and {@code status_change_callback_url} when the request has none.
 */
public final class WaitOptions {
  private static final WaitOptions DEFAULTS = builder().build();

  private final Duration initialPollInterval;
  private final double pollMultiplier;
  private final Duration maxPollInterval;
  private final double pollCapShare;
  private final Duration pollCapFloor;
  private final Duration timeout;
  private final boolean returnCanceledTask;
  private final boolean stopTaskOnCancel;
  private final TaskListener listener;
  private final Duration failureTolerance;
  private final String callbackUrl;
  private final Duration safetyPollInterval;

  private WaitOptions(Builder builder) {
    this.initialPollInterval = builder.initialPollInterval;
    this.pollMultiplier = builder.pollMultiplier;
    this.maxPollInterval = builder.maxPollInterval;
    this.pollCapShare = builder.pollCapShare;
    this.pollCapFloor = builder.pollCapFloor;
    this.timeout = builder.timeout;
    this.returnCanceledTask = builder.returnCanceledTask;
    this.stopTaskOnCancel = builder.stopTaskOnCancel;
    this.listener = builder.listener;
    this.failureTolerance = builder.failureTolerance;
    this.callbackUrl = builder.callbackUrl;
    this.safetyPollInterval = builder.safetyPollInterval;
  }

  /**
   * @return the URL the task's callbacks go to, when they are routed to this client's {@link BrowserAct#webhooks()};
   *     empty (the default) when the wait learns of the end by polling alone
   */
  public java.util.Optional<String> callbackUrl() {
    return java.util.Optional.ofNullable(callbackUrl);
  }

  /**
   * @return the wait between two polls while callbacks are expected ({@link #callbackUrl()} set): only a safety net
   *     for a lost callback
   */
  public Duration safetyPollInterval() {
    return safetyPollInterval;
  }

  /**
   * @return how long polls may keep failing with errors that may heal before the wait gives up; empty (the
   *     default) for as long as the wait's timeout allows
   */
  public java.util.Optional<Duration> failureTolerance() {
    return java.util.Optional.ofNullable(failureTolerance);
  }

  /** @return the share of the time waited so far that caps the wait between polls; 0 for a fixed cap */
  public double pollCapShare() {
    return pollCapShare;
  }

  /** @return the lowest the age-following cap goes */
  public Duration pollCapFloor() {
    return pollCapFloor;
  }

  /**
   * The longest wait between two polls once a task has been waited for {@code waited}.
   *
   * @param waited time since the wait began
   * @return {@code pollCapShare × waited}, kept between {@link #pollCapFloor()} and {@link #maxPollInterval()}
   */
  public Duration pollCap(Duration waited) {
    if (pollCapShare == 0) {
      return maxPollInterval;
    }
    long share = (long) (waited.toMillis() * pollCapShare);
    long capped = Math.min(maxPollInterval.toMillis(), Math.max(pollCapFloor.toMillis(), share));
    return Duration.ofMillis(capped);
  }

  /** @return the default options */
  public static WaitOptions defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these options */
  public Builder toBuilder() {
    return builder().initialPollInterval(initialPollInterval).pollMultiplier(pollMultiplier)
        .maxPollInterval(maxPollInterval).pollCapShare(pollCapShare).pollCapFloor(pollCapFloor).timeout(timeout)
        .returnCanceledTask(returnCanceledTask)
        .stopTaskOnCancel(stopTaskOnCancel).listener(listener).failureTolerance(failureTolerance)
        .callbackUrl(callbackUrl).safetyPollInterval(safetyPollInterval);
  }

  /** @return the wait before the second poll */
  public Duration initialPollInterval() {
    return initialPollInterval;
  }

  /** @return the factor each wait between polls grows by */
  public double pollMultiplier() {
    return pollMultiplier;
  }

  /** @return the longest wait between two polls */
  public Duration maxPollInterval() {
    return maxPollInterval;
  }

  /** @return how long to wait in all before {@link WaitTimeoutException} */
  public Duration timeout() {
    return timeout;
  }

  /** @return true to return a canceled task instead of throwing {@link TaskCanceledException} */
  public boolean returnCanceledTask() {
    return returnCanceledTask;
  }

  /** @return true to stop the task when an asynchronous wait's future is cancelled */
  public boolean stopTaskOnCancel() {
    return stopTaskOnCancel;
  }

  /** @return the listener, never null */
  public TaskListener listener() {
    return listener;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WaitOptions)) {
      return false;
    }
    WaitOptions other = (WaitOptions) o;
    return initialPollInterval.equals(other.initialPollInterval) && pollMultiplier == other.pollMultiplier
        && maxPollInterval.equals(other.maxPollInterval) && pollCapShare == other.pollCapShare
        && pollCapFloor.equals(other.pollCapFloor) && timeout.equals(other.timeout)
        && returnCanceledTask == other.returnCanceledTask && stopTaskOnCancel == other.stopTaskOnCancel
        && listener.equals(other.listener) && Objects.equals(failureTolerance, other.failureTolerance)
        && Objects.equals(callbackUrl, other.callbackUrl) && safetyPollInterval.equals(other.safetyPollInterval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initialPollInterval, pollMultiplier, maxPollInterval, pollCapShare, pollCapFloor, timeout,
        returnCanceledTask,
        stopTaskOnCancel, listener, failureTolerance, callbackUrl, safetyPollInterval);
  }

  @Override
  public String toString() {
    return "WaitOptions{initialPollInterval=" + initialPollInterval + ", pollMultiplier=" + pollMultiplier
        + ", maxPollInterval=" + maxPollInterval + ", pollCapShare=" + pollCapShare + ", pollCapFloor=" + pollCapFloor
        + ", timeout=" + timeout + ", returnCanceledTask="
        + returnCanceledTask + ", stopTaskOnCancel=" + stopTaskOnCancel + ", failureTolerance=" + failureTolerance
        + ", callbackUrl=" + (callbackUrl == null ? "none" : "set") + ", safetyPollInterval=" + safetyPollInterval + "}";
  }

  /** Builds {@link WaitOptions}; {@link #build()} checks the values. */
  public static final class Builder {
    private static final TaskListener SILENT = new TaskListener() {
    };

    private Duration initialPollInterval = Duration.ofSeconds(1);
    private double pollMultiplier = 1.5;
    private Duration maxPollInterval = Duration.ofSeconds(10);
    private double pollCapShare = 0.07;
    private Duration pollCapFloor = Duration.ofSeconds(2);
    private Duration timeout = Duration.ofMinutes(30);
    private boolean returnCanceledTask;
    private boolean stopTaskOnCancel;
    private TaskListener listener = SILENT;
    private Duration failureTolerance;
    private String callbackUrl;
    private Duration safetyPollInterval = Duration.ofMinutes(3);

    private Builder() {
    }

    /**
     * @param interval wait before the second poll; default 1 s
     * @return this builder
     */
    public Builder initialPollInterval(Duration interval) {
      this.initialPollInterval = Objects.requireNonNull(interval, "initialPollInterval == null");
      return this;
    }

    /**
     * @param multiplier growth of the wait between polls, 1 or more; default 1.5
     * @return this builder
     */
    public Builder pollMultiplier(double multiplier) {
      this.pollMultiplier = multiplier;
      return this;
    }

    /**
     * @param interval longest wait between two polls; default 10 s
     * @return this builder
     */
    public Builder maxPollInterval(Duration interval) {
      this.maxPollInterval = Objects.requireNonNull(interval, "maxPollInterval == null");
      return this;
    }

    /**
     * @param share the share of the time waited so far that caps the wait between polls, 0 to 1; default 0.07;
     *     0 for a fixed cap of {@link #maxPollInterval(Duration)}
     * @return this builder
     */
    public Builder pollCapShare(double share) {
      this.pollCapShare = share;
      return this;
    }

    /**
     * @param floor the lowest the age-following cap goes; default 2 s
     * @return this builder
     */
    public Builder pollCapFloor(Duration floor) {
      this.pollCapFloor = Objects.requireNonNull(floor, "pollCapFloor == null");
      return this;
    }

    /**
     * @param timeout how long to wait in all; default 30 min
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    /**
     * @param returnCanceled true to return a canceled task instead of throwing; default false
     * @return this builder
     */
    public Builder returnCanceledTask(boolean returnCanceled) {
      this.returnCanceledTask = returnCanceled;
      return this;
    }

    /**
     * @param stop true to stop the task when an asynchronous wait is cancelled; default false
     * @return this builder
     */
    public Builder stopTaskOnCancel(boolean stop) {
      this.stopTaskOnCancel = stop;
      return this;
    }

    /**
     * @param listener hears status changes and, if it wants them, new steps; null for none
     * @return this builder
     */
    public Builder listener(TaskListener listener) {
      this.listener = listener == null ? SILENT : listener;
      return this;
    }

    /**
     * How long polls may keep failing with errors that may heal (5xx, 408, 429, no answer, an unreadable answer)
     * before the wait gives up with the last error; default: as long as the timeout allows. Errors that cannot
     * heal (401, 403, 404, other 4xx) end the wait at once whatever this says.
     *
     * @param tolerance a positive duration, or null for the default
     * @return this builder
     */
    public Builder failureTolerance(Duration tolerance) {
      this.failureTolerance = tolerance;
      return this;
    }

    /**
     * Routes the task's callbacks to this wait: BrowserAct posts them to {@code url}, and whatever listens there
     * hands them to this client's {@link BrowserAct#webhooks()} ({@link WebhookReceiver#callbackUrl(String)} gives
     * such a URL). The wait then re-reads the task as soon as a callback says it ended, and otherwise polls only
     * every {@link #safetyPollInterval(Duration)}. {@code runAndWait} and {@code runAndWaitAsync} send {@code url}
     * as the task's {@code callback_url} and {@code status_change_callback_url} unless the request sets them.
     * Default none: the wait polls on its normal schedule.
     *
     * @param url an absolute http(s) URL of at most 2048 characters, or null for none
     * @return this builder
     */
    public Builder callbackUrl(String url) {
      this.callbackUrl = url;
      return this;
    }

    /**
     * When a wait that expects callbacks first polls anyway, in case one is lost (BrowserAct gives up on a receiver
     * after 3 tries); later polls come after as long as the wait has lasted (at most 10 min apart). Default 3 min.
     * A lost callback delays the wait by about the task's age at most; each poll is one cheap get-task-status
     * request. Shorter means quicker recovery from a lost callback, and more requests.
     *
     * @param interval a positive duration
     * @return this builder
     */
    public Builder safetyPollInterval(Duration interval) {
      this.safetyPollInterval = Objects.requireNonNull(interval, "safetyPollInterval == null");
      return this;
    }

    /**
     * @return the options
     * @throws IllegalArgumentException when an interval or the timeout is not positive, the maximum interval
     *     is below the initial one, the multiplier is below 1, or the callback URL is not an http(s) URL
     */
    public WaitOptions build() {
      Validation.callbackUrl("callbackUrl", callbackUrl);
      positive("safetyPollInterval", safetyPollInterval);
      positive("initialPollInterval", initialPollInterval);
      positive("maxPollInterval", maxPollInterval);
      positive("timeout", timeout);
      if (failureTolerance != null) {
        positive("failureTolerance", failureTolerance);
      }
      if (maxPollInterval.compareTo(initialPollInterval) < 0) {
        throw new IllegalArgumentException("maxPollInterval (" + maxPollInterval
            + ") must not be shorter than initialPollInterval (" + initialPollInterval + ")");
      }
      positive("pollCapFloor", pollCapFloor);
      if (!(pollCapShare >= 0 && pollCapShare <= 1)) {
        throw new IllegalArgumentException("pollCapShare must be between 0 and 1, was " + pollCapShare);
      }
      if (!(pollMultiplier >= 1.0) || Double.isInfinite(pollMultiplier)) {
        throw new IllegalArgumentException("pollMultiplier must be 1 or more, was " + pollMultiplier);
      }
      return new WaitOptions(this);
    }

    private static void positive(String name, Duration value) {
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
    }
  }
}
