package com.browseract.cli;

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
}
