package com.browseract.client;

/**
 * The API failed on its side (HTTP 5xx).
 *
 * <p>Reads are retried before this is thrown; starting a task is not, since the task may exist.
 */
public final class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  ServerException(ErrorDetails details, String hint) {
    super(details, hint);
  }
}
