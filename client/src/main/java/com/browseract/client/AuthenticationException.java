package com.browseract.client;

/**
 * The API key was refused: HTTP 401, or the envelope code 401 ({@code Invalid authorization}).
 *
 * <p>Check the key given to the builder or in {@code BROWSERACT_API_KEY}.
 */
public final class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
