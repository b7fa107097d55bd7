package com.browseract.client;

/**
 * The API answered with a success status, but the answer cannot be used: it is not the JSON the call expects, or
 * it lacks what the call must return (for example a started task without an id). {@link #bodySnippet()} holds the
 * first bytes of the body; {@link #statusCode()} is 200 for a body that could not be parsed (the API answers every
 * success with 200).
 *
 * <p>For a call that starts a task, the task may exist anyway: look for it before starting it again.
 */
public final class InvalidResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  InvalidResponseException(ErrorDetails details, String hint, Throwable cause) {
    super(details, hint, cause);
  }
}
