package com.browseract.client;

/**
 * What the call names does not exist: HTTP 404, or BrowserAct's business code {@value #TASK_NOT_FOUND}
 * ({@code Task is not exist.}), which the real API answers for an unknown task id.
 *
 * <p>Retrying the same request will fail the same way; check the id.
 */
public final class NotFoundException extends ApiException {
  /** BrowserAct's code for an unknown task id. */
  public static final int TASK_NOT_FOUND = 10112;
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
