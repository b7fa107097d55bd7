package com.browseract.client;

/**
 * The API rejected the request as invalid (HTTP 400 or 422, or a business code such as 10127: resume-task on a
 * task that is not paused).
 *
 * <p>Retrying the same request will fail the same way.
 */
public final class InvalidRequestException extends ApiException {
  /** BrowserAct's code for resume-task on a task that is not paused. */
  public static final int TASK_NOT_PAUSED = 10127;
  private static final long serialVersionUID = 1L;

  InvalidRequestException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
