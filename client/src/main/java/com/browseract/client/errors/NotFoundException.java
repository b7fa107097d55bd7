package com.browseract.client.errors;

/**
 * What the call names does not exist: HTTP 404, or a business code such as 10112 ({@code Task is not exist.}),
 * which the real API answers for an unknown task id (see {@link BusinessCode}). Kind {@link ErrorKind#FIX_TARGET}.
 *
 * <p>Retrying the same request will fail the same way; check the id.
 */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   */
  public NotFoundException(ErrorDetails details, ErrorKind kind) {
    super(details, kind);
  }

  /**
   * @param details what the answer said
   * @param kind what the failure means for the caller
   * @param hint what to do, appended to the message; or null
   * @param cause the underlying failure, or null
   */
  public NotFoundException(ErrorDetails details, ErrorKind kind, String hint, Throwable cause) {
    super(details, kind, hint, cause);
  }
}
