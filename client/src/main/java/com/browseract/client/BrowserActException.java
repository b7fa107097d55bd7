package com.browseract.client;

/**
 * Root of every exception the SDK throws for a failed call or wait.
 *
 * <p>All SDK exceptions are unchecked, so they pass through streams and callbacks. Catch a subclass to
 * react to one cause: {@link ApiException} (the server answered with an error), {@link ConnectionException}
 * (no answer), or the task outcomes {@link TaskFailedException}, {@link TaskCanceledException} and
 * {@link WaitTimeoutException}. Messages never contain the API key.
 */
public class BrowserActException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and an optional cause.
   *
   * @param message one readable line
   * @param cause the underlying failure, or null
   */
  public BrowserActException(String message, Throwable cause) {
    super(message, cause);
  }
}
