package com.browseract.cli;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.BusinessCode;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.ErrorKind;

/**
 * One readable line for a failed call, in the CLI's terms: what happened, the API's own words, the facts to quote
 * (HTTP status, code, traceId, each once) and what to do. A business code's words come from the SDK's
 * {@link BusinessCode} table; otherwise the failure's {@link ErrorKind} decides the advice.
 */
final class ApiErrorLine {
  private static final String MAYBE_STARTED = ". The task may have been started anyway: look for it with"
      + " browseract %s before running it again.";

  private ApiErrorLine() {
  }

  /** The line for any failure of the SDK's that is not a task's outcome. */
  static String of(BrowserActException e) {
    return e instanceof ApiException ? of((ApiException) e)
        : e instanceof ConnectionException ? of((ConnectionException) e) : "error: " + e.getMessage();
  }

  static String of(ApiException e) {
    BusinessCode row = BusinessCode.forAnswer(e.code(), e.statusCode()).orElse(null);
    return "error: " + what(e, row) + " (" + facts(e) + ")" + advice(e, row);
  }

  static String of(ConnectionException e) {
    String cause = e.getCause() == null ? "no answer" : e.getCause().getClass().getSimpleName()
        + (e.getCause().getMessage() == null ? "" : ": " + e.getCause().getMessage());
    return "error: " + e.operation() + " got no answer from the API (" + cause.replaceAll("\\s+", " ") + ")"
        + (!e.requestMayHaveBeenProcessed() ? "; the request was not sent. Check the network and --base-url."
        : e.kind() == ErrorKind.TASK_MAY_EXIST ? maybeStarted(e.operation()) : ". Check the network and try again.");
  }

  /** Where to look for a task a start may have created: v3's runs of the bot, or v2's tasks of the workflow. */
  private static String maybeStarted(String operation) {
    return String.format(MAYBE_STARTED, "createRun".equals(operation) ? "runs list --bot-id ID"
        : "createTemplateRun".equals(operation) ? "runs list --created-from 10m" : "tasks list --workflow-id ID");
  }

  /** The row's own words when it speaks of the account or the plan, else the operation and the API's message. */
  private static String what(ApiException e, BusinessCode row) {
    String said = e.msg() == null || e.msg().isBlank() ? null : e.msg().trim().replaceAll("\\s+", " ");
    if (row == BusinessCode.INVALID_AUTHORIZATION || row == BusinessCode.RUNNING_TASKS_EXCEEDED) {
      return row.meaning() + (said == null ? "" : ": " + said);
    }
    return e.operation() + (said != null ? ": " + said : " failed");
  }

  private static String facts(ApiException e) {
    return "HTTP " + e.statusCode() + (e.code() == null ? "" : ", code " + e.code())
        + ", traceId " + (e.traceId() == null ? "none" : e.traceId());
  }

  private static String advice(ApiException e, BusinessCode row) {
    if (row != null) {
      return ". " + row.cliAdvice();
    }
    switch (e.kind()) {
      case TASK_MAY_EXIST:
        return maybeStarted(e.operation());
      case FIX_TARGET:
        return ". Check the id: browseract tasks list, workflows list and templates list show what exists.";
      case REFUSED:
      case TRANSIENT:
        return ". The API is busy or failing: try again in a moment.";
      case BROKEN_CONTRACT:
        return ". The API's answer could not be used: quote the traceId to BrowserAct, or update browseract.";
      default:
        return ".";
    }
  }
}
