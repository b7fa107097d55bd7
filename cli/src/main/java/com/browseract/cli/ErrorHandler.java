package com.browseract.cli;

import com.browseract.client.ApiException;
import com.browseract.client.BrowserActException;
import com.browseract.client.ConnectionException;
import com.browseract.client.DownloadException;
import com.browseract.client.TaskCanceledException;
import com.browseract.client.TaskFailedException;
import com.browseract.client.WaitTimeoutException;
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
          + e.getMessage() + ". Keep waiting with: browseract task wait " + timeout.taskId());
      code = ExitCodes.WAIT_TIMEOUT;
    } else if (e instanceof ApiException) {
      err.println(ApiErrorLine.of((ApiException) e));
      code = ExitCodes.API_ERROR;
    } else if (e instanceof ConnectionException) {
      err.println(ApiErrorLine.of((ConnectionException) e));
      code = ExitCodes.NETWORK_ERROR;
    } else if (e instanceof DownloadException) {
      err.println("error: " + e.getMessage());
      code = e.getCause() instanceof java.io.IOException ? ExitCodes.NETWORK_ERROR : ExitCodes.API_ERROR;
    } else if (e instanceof BrowserActException) {
      err.println("error: " + e.getMessage());
      code = ExitCodes.API_ERROR;
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
