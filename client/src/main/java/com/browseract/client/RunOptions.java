package com.browseract.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a task is started. {@link #waitForSlot(Duration)}: when the account's plan already runs as many tasks as it
 * allows (1 on the free plan, 20 on paid plans) and refuses the start with code 10118, keep trying for up to that
 * long instead of failing. A refused start created no task, so trying again never starts one twice.
 */
public final class RunOptions {
  private static final RunOptions DEFAULTS = new RunOptions(Duration.ZERO, true, true);
  private static final RunOptions REFUSALS_AT_ONCE = new RunOptions(Duration.ZERO, false, true);

  private final Duration waitForSlot;
  private final boolean retryRefusals;
  private final boolean checkInput;

  private RunOptions(Duration waitForSlot, boolean retryRefusals, boolean checkInput) {
    this.waitForSlot = waitForSlot;
    this.retryRefusals = retryRefusals;
    this.checkInput = checkInput;
  }

  /** @return options that try a refused start only within the client's retries, then throw */
  public static RunOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Options that wait for a free slot of the plan.
   *
   * @param patience how long to keep trying; zero for not at all
   * @return the options
   * @throws IllegalArgumentException when {@code patience} is negative
   */
  public static RunOptions waitForSlot(Duration patience) {
    Objects.requireNonNull(patience, "patience == null");
    if (patience.isNegative()) {
      throw new IllegalArgumentException("waitForSlot must not be negative, was " + patience);
    }
    return new RunOptions(patience, true, true);
  }

  /**
   * Options for callers that schedule starts themselves (such as batches): a start refused by the plan's
   * concurrency limit is thrown at once, without the client's retries. Other failures are retried as usual.
   *
   * @return the options
   */
  public static RunOptions refusalsAtOnce() {
    return REFUSALS_AT_ONCE;
  }

  /** @return how long a start refused by the plan's concurrency limit is tried again; zero for no waiting */
  public Duration slotPatience() {
    return waitForSlot;
  }

  /** @return false when a start refused by the plan's concurrency limit is thrown without any retry */
  public boolean retriesRefusals() {
    return retryRefusals;
  }

  /**
   * These options, with a v3 run's input sent without checking it against the bot's {@code input_schema} (see
   * {@link ClientConfig.Builder#checkRunInput(boolean)}); v2 starts have no schema and ignore it.
   *
   * @return the options
   */
  public RunOptions withoutInputCheck() {
    return new RunOptions(waitForSlot, retryRefusals, false);
  }

  /** @return false when a v3 run's input is sent without checking it against its schema */
  public boolean checksInput() {
    return checkInput;
  }

  @Override
  public String toString() {
    return "RunOptions{waitForSlot=" + waitForSlot + ", retryRefusals=" + retryRefusals + ", checkInput="
        + checkInput + "}";
  }
}
