package com.browseract.client;

/**
 * The API rejected the request as invalid (HTTP 400, 404 or 422).
 *
 * <p>Retrying the same request will fail the same way.
 */
public final class InvalidRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  InvalidRequestException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
