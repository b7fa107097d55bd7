package com.browseract.cli;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.DownloadException;

/** Exit codes of the CLI, as documented in the README. */
final class ExitCodes {
  static final int OK = 0;
  static final int TASK_FAILED = 1;
  static final int USAGE = 2;
  static final int TASK_CANCELED = 3;
  static final int WAIT_TIMEOUT = 4;
  static final int API_ERROR = 5;
  static final int NETWORK_ERROR = 6;

  private ExitCodes() {
  }

  /**
   * The exit code of a failed call (or a batch stopped by one): 6 when no answer came at all (the network), 5 for
   * every kind of answer, whatever the {@link com.browseract.client.errors.ErrorKind}; the line's advice tells
   * the kinds apart.
   */
  static int of(BrowserActException e) {
    boolean noAnswer = e instanceof ConnectionException
        || (e instanceof DownloadException && e.getCause() instanceof java.io.IOException);
    return noAnswer ? NETWORK_ERROR : API_ERROR;
  }
}
