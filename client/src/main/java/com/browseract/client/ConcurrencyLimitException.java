package com.browseract.client;

/**
 * The account's plan already runs as many tasks at once as it allows (1 on the free plan, 20 on paid plans):
 * BrowserAct's business code {@value #RUNNING_TASKS_EXCEEDED} ({@code Running tasks number exceeds.}).
 *
 * <p>The refused start created no task, so starting again once one of the running tasks has ended is safe.
 */
public final class ConcurrencyLimitException extends RateLimitException {
  /** BrowserAct's code for a start refused by the plan's concurrency limit. */
  public static final int RUNNING_TASKS_EXCEEDED = 10118;
  private static final long serialVersionUID = 1L;

  ConcurrencyLimitException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
