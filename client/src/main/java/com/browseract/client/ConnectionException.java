package com.browseract.client;

/**
 * No answer came from the API: the connection failed, timed out, or was cut.
 *
 * <p>{@link #requestMayHaveBeenProcessed()} tells whether the request had left this machine; when it had,
 * the server may have acted on it even though no answer arrived.
 */
public final class ConnectionException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final boolean requestSent;

  ConnectionException(String operation, boolean requestSent, String message, Throwable cause) {
    super(message, cause);
    this.operation = operation;
    this.requestSent = requestSent;
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
