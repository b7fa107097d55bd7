package com.browseract.client;

import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a task: when to poll ({@link PollSchedule}), the overall timeout, and what to do on cancellation.
 * Defaults: {@link PollSchedule#defaults()}, timeout {@link #DEFAULT_TIMEOUT}, a canceled task throws
 * {@link TaskCanceledException}, cancelling an asynchronous wait leaves the task running, no listener.
 *
 * <p><strong>Webhook-accelerated waits.</strong> With {@link Builder#callbackUrl(String)} the wait expects the task's
 * callbacks to reach this client's {@link BrowserAct#webhooks()} (a {@link WebhookReceiver} or your own endpoint
 * calling {@link Webhooks#accept(String)}). It then learns of the end from the callback, re-reads the task at once
 * and returns, polling only as the schedule's safety net ({@link PollSchedule#safetyInterval()}).
 * {@link Tasks#runAndWait(com.browseract.client.model.RunTaskRequest, WaitOptions)} also sends that URL as the task's
 * {@code callback_url} and {@code status_change_callback_url} when the request has none.
 */
public final class WaitOptions {
  /** Default of {@link Builder#timeout(Duration)}: 30 min. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
  private static final WaitOptions DEFAULTS = builder().build();

  private final PollSchedule pollSchedule;
  private final Duration timeout;
  private final boolean returnCanceledTask;
  private final boolean stopTaskOnCancel;
  private final TaskListener listener;
  private final Duration failureTolerance;
  private final String callbackUrl;

  private WaitOptions(Builder builder) {
    this.pollSchedule = builder.pollSchedule;
    this.timeout = builder.timeout;
    this.returnCanceledTask = builder.returnCanceledTask;
    this.stopTaskOnCancel = builder.stopTaskOnCancel;
    this.listener = builder.listener;
    this.failureTolerance = builder.failureTolerance;
    this.callbackUrl = builder.callbackUrl;
  }

  /**
   * @return the URL the task's callbacks go to, when they are routed to this client's {@link BrowserAct#webhooks()};
   *     empty (the default) when the wait learns of the end by polling alone
   */
  public java.util.Optional<String> callbackUrl() {
    return java.util.Optional.ofNullable(callbackUrl);
  }

  /**
   * @return how long polls may keep failing with errors that may heal before the wait gives up; empty (the
   *     default) for as long as the wait's timeout allows
   */
  public java.util.Optional<Duration> failureTolerance() {
    return java.util.Optional.ofNullable(failureTolerance);
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
    return builder().pollSchedule(pollSchedule).timeout(timeout).returnCanceledTask(returnCanceledTask)
        .stopTaskOnCancel(stopTaskOnCancel).listener(listener).failureTolerance(failureTolerance)
        .callbackUrl(callbackUrl);
  }

  /** @return when to poll */
  public PollSchedule pollSchedule() {
    return pollSchedule;
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
    return pollSchedule.equals(other.pollSchedule) && timeout.equals(other.timeout)
        && returnCanceledTask == other.returnCanceledTask && stopTaskOnCancel == other.stopTaskOnCancel
        && listener.equals(other.listener) && Objects.equals(failureTolerance, other.failureTolerance)
        && Objects.equals(callbackUrl, other.callbackUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pollSchedule, timeout, returnCanceledTask, stopTaskOnCancel, listener, failureTolerance,
        callbackUrl);
  }

  @Override
  public String toString() {
    return "WaitOptions{pollSchedule=" + pollSchedule + ", timeout=" + timeout + ", returnCanceledTask="
        + returnCanceledTask + ", stopTaskOnCancel=" + stopTaskOnCancel + ", failureTolerance=" + failureTolerance
        + ", callbackUrl=" + (callbackUrl == null ? "none" : "set") + "}";
  }

  /** Builds {@link WaitOptions}; {@link #build()} checks the values. */
  public static final class Builder {
    private static final TaskListener SILENT = new TaskListener() {
    };

    private PollSchedule pollSchedule = PollSchedule.defaults();
    private Duration timeout = DEFAULT_TIMEOUT;
    private boolean returnCanceledTask;
    private boolean stopTaskOnCancel;
    private TaskListener listener = SILENT;
    private Duration failureTolerance;
    private String callbackUrl;

    private Builder() {
    }

    /**
     * @param schedule when to poll; default {@link PollSchedule#defaults()}
     * @return this builder
     */
    public Builder pollSchedule(PollSchedule schedule) {
      this.pollSchedule = Objects.requireNonNull(schedule, "pollSchedule == null");
      return this;
    }

    /**
     * @param timeout how long to wait in all; default {@link WaitOptions#DEFAULT_TIMEOUT}
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
     * as {@link PollSchedule#safetyInterval()} says. {@code runAndWait} and {@code runAndWaitAsync} send {@code url}
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
     * @return the options
     * @throws IllegalArgumentException when the timeout or the failure tolerance is not positive, or the callback
     *     URL is not an http(s) URL
     */
    public WaitOptions build() {
      Validation.callbackUrl("callbackUrl", callbackUrl);
      Validation.positive("timeout", timeout);
      if (failureTolerance != null) {
        Validation.positive("failureTolerance", failureTolerance);
      }
      return new WaitOptions(this);
    }
  }
}
