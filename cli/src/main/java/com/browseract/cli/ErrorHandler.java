package com.browseract.cli;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.TaskCanceledException;
import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.errors.WaitTimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one readable line on stderr and the documented exit code. */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    java.io.PrintWriter err = commandLine.getErr();
    int code;
    if (e instanceof TaskFailedException) {
      err.println("error: " + e.getMessage());
      code = ExitCodes.TASK_FAILED;
    } else if (e instanceof TaskCanceledException) {
      err.println("error: " + e.getMessage());
      code = ExitCodes.TASK_CANCELED;
    } else if (e instanceof WaitTimeoutException) {
      WaitTimeoutException timeout = (WaitTimeoutException) e;
      err.println("error: " + (timeout.apiWasFailing() ? "the API was failing when the wait ended: " : "")
          + e.getMessage() + ". Keep waiting with: " + WaitHint.of(commandLine).keepWaiting(timeout.taskId()));
      code = ExitCodes.WAIT_TIMEOUT;
    } else if (e instanceof BrowserActException) {
      err.println(ApiErrorLine.of((BrowserActException) e));
      code = ExitCodes.of((BrowserActException) e);
    } else if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      err.println("error: " + e.getMessage());
      code = ExitCodes.USAGE;
    } else {
      err.println("error: " + e);
      code = ExitCodes.API_ERROR;
    }
    err.flush();
    return code;
  }
}
