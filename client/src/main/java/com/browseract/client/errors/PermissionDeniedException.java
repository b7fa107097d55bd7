package com.browseract.client.errors;

/**
 * The API key was accepted but may not do this (HTTP 403, or v3's code 99002): for example a plan that does not
 * include the feature. Kind {@link ErrorKind#FIX_ACCOUNT}.
 *
 * <p>Retrying will fail the same way; check the account's plan and the key's permissions.
 */
public final class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public PermissionDeniedException(ErrorDetails details, ErrorKind kind) {
    super(details, kind);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public PermissionDeniedException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(details, kind, hint, cause);
  }
}
