package com.browseract.client;

/**
 * The API answered with a success status, but the answer cannot be used: it lacks what the call must return
 * (for example a started task without an id).
 *
 * <p>For a call that starts a task, the task may exist anyway: look for it before starting it again.
 */
public final class InvalidResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  InvalidResponseException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
