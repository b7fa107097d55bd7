package com.browseract.client.errors;

/**
 * The account's plan already runs as many tasks at once as it allows (1 on the free plan, 20 on paid plans):
 * BrowserAct's business code 10118 ({@link BusinessCode#RUNNING_TASKS_EXCEEDED}). Kind {@link ErrorKind#REFUSED}.
 *
 * <p>The refused start created no task, so starting again once one of the running tasks has ended is safe.
 */
public final class ConcurrencyLimitException extends RateLimitException {
  private static final long serialVersionUID = 1L;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public ConcurrencyLimitException(ErrorDetails details, ErrorKind kind) {
    super(details, kind);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public ConcurrencyLimitException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(details, kind, hint, cause);
  }
}
