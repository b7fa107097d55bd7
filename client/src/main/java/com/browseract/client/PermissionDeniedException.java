package com.browseract.client;

/**
 * The API key was accepted but may not do this (HTTP 403): for example a plan that does not include the feature.
 *
 * <p>Retrying will fail the same way; check the account's plan and the key's permissions.
 */
public final class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
