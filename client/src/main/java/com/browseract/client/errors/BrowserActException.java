package com.browseract.client.errors;

import java.util.Objects;

/**
 * Root of every exception the SDK throws for a failed call or wait.
 *
 * <p>All SDK exceptions are unchecked, so they pass through streams and callbacks. Each carries one
 * {@link #kind()}, what the failure means for the caller; catch a subclass to react to one cause:
 * {@link ApiException} (the server answered with an error), {@link ConnectionException} (no answer), or the task
 * outcomes {@link TaskFailedException}, {@link TaskCanceledException} and {@link WaitTimeoutException}. Messages
 * never contain the API key. Constructors are public so that a stub of your own can throw what the SDK would.
 */
public class BrowserActException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  /**
   * Creates an exception of kind {@link ErrorKind#OTHER}.
   *
   * @param message one readable line
   * @param cause the underlying failure, or null
   */
  public BrowserActException(String message, Throwable cause) {
    this(ErrorKind.OTHER, message, cause);
  }

  /**
   * Creates an exception of the given kind.
   *
   * @param kind what the failure means for the caller
   * @param message one readable line
   * @param cause the underlying failure, or null
   */
  public BrowserActException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind == null");
  }

  /** @return what the failure means for the caller: retry, wait, look for the task, fix something */
  public ErrorKind kind() {
    return kind;
  }
}
