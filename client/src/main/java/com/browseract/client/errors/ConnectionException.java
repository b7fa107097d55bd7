package com.browseract.client.errors;

/**
 * No answer came from the API: the connection failed, timed out, or was cut.
 *
 * <p>{@link #requestMayHaveBeenProcessed()} tells whether the request had left this machine; when it had,
 * the server may have acted on it even though no answer arrived. Kind {@link ErrorKind#TRANSIENT}, or
 * {@link ErrorKind#TASK_MAY_EXIST} for a call that starts a task and had been sent.
 */
public final class ConnectionException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final boolean requestSent;

  /**
   * @param operation the operationId of the call, such as {@code runTask}
   * @param requestSent whether the request had left this machine
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the I/O failure
   */
  public ConnectionException(String operation, boolean requestSent, ErrorKind kind, String hint, Throwable cause) {
    super(kind, describe(operation, requestSent, hint, cause), cause);
    this.operation = operation;
    this.requestSent = requestSent;
  }

  private static String describe(String operation, boolean requestSent, String hint, Throwable cause) {
    String what = cause instanceof java.net.SocketTimeoutException ? "timed out" : "failed";
    return operation + " " + what + " without an answer"
        + (cause == null ? "" : ": " + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : " (" + ErrorDetails.oneLine(cause.getMessage()) + ")"))
        + (requestSent ? "" : "; the request was not sent") + (hint == null ? "" : ". " + hint);
  }

  /** @return the operationId of the call that failed */
  public String operation() {
    return operation;
  }

  /** @return true when the request had been sent before the failure, so the server may have acted on it */
  public boolean requestMayHaveBeenProcessed() {
    return requestSent;
  }
}
