package com.browseract.client.errors;

/**
 * The API failed on its side (HTTP 5xx, or 408). Kind {@link ErrorKind#TRANSIENT} for a call that is safe to
 * repeat (retried before this is thrown; a wait keeps waiting), {@link ErrorKind#TASK_MAY_EXIST} for a call that
 * starts a task (never sent again: the task may exist).
 */
public final class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public ServerException(ErrorDetails details, ErrorKind kind) {
    super(details, kind);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public ServerException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(details, kind, hint, cause);
  }
}
