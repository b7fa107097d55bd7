package com.browseract.client.errors;

/**
 * The API key was refused: HTTP 401, or the envelope code 401 ({@code Invalid authorization}). Kind
 * {@link ErrorKind#FIX_ACCOUNT}.
 *
 * <p>Check the key given to the builder or in {@code BROWSERACT_API_KEY}.
 */
public final class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public AuthenticationException(ErrorDetails details, ErrorKind kind) {
    super(details, kind);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public AuthenticationException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(details, kind, hint, cause);
  }
}
