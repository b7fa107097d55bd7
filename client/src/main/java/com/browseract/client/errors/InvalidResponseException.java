package com.browseract.client.errors;

/**
 * The API answered with a success status, but the answer cannot be used: it is not the JSON the call expects, or
 * it lacks what the call must return (for example a started task without an id). {@link #bodySnippet()} holds the
 * first bytes of the body; {@link #statusCode()} is 200 for a body that could not be parsed (the API answers every
 * success with 200).
 *
 * <p>Kind {@link ErrorKind#BROKEN_CONTRACT} for a read (tried again once, since one may be a connection cut
 * short); {@link ErrorKind#TASK_MAY_EXIST} for a call that starts a task: look for it before starting it again.
 */
public final class InvalidResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public InvalidResponseException(ErrorDetails details, ErrorKind kind) {
    super(details, kind);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public InvalidResponseException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(details, kind, hint, cause);
  }
}
