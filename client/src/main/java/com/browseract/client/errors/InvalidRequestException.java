package com.browseract.client.errors;

/**
 * The API rejected the request (HTTP 400 or 422, or a business code such as 10127: resume-task on a task that is
 * not paused; see {@link BusinessCode}). Kind {@link ErrorKind#FIX_REQUEST}, or {@link ErrorKind#FIX_TARGET} when
 * the bot itself cannot run as it is.
 *
 * <p>Retrying the same request will fail the same way.
 */
public final class InvalidRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public InvalidRequestException(ErrorDetails details, ErrorKind kind) {
    super(details, kind);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public InvalidRequestException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(details, kind, hint, cause);
  }
}
