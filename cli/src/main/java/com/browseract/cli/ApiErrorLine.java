package com.browseract.cli;

import com.browseract.client.ApiException;
import com.browseract.client.AuthenticationException;
import com.browseract.client.ConcurrencyLimitException;
import com.browseract.client.InvalidResponseException;
import com.browseract.client.NotFoundException;

/** One readable line for an API error, in the CLI's terms: what happened, the API's own words, what to do. */
final class ApiErrorLine {
  private static final int TASK_NOT_PAUSED = 10127;

  private ApiErrorLine() {
  }

  static String of(ApiException e) {
    return "error: " + what(e) + " (" + facts(e) + ")" + advice(e);
  }

  private static String what(ApiException e) {
    String said = e.msg() == null || e.msg().isBlank() ? null : e.msg().trim();
    if (e instanceof AuthenticationException) {
      return "the API key was refused" + (said == null ? "" : ": " + said);
    }
    if (e instanceof ConcurrencyLimitException) {
      return "your plan already runs as many tasks at once as it allows (1 on the free plan, 20 on paid plans)"
          + (said == null ? "" : ": " + said);
    }
    if (said != null) {
      return e.operation() + ": " + said;
    }
    return e.getMessage();
  }

  private static String facts(ApiException e) {
    return "HTTP " + e.statusCode() + (e.code() == null ? "" : ", code " + e.code())
        + ", traceId " + (e.traceId() == null ? "none" : e.traceId());
  }

  private static String advice(ApiException e) {
    if (e instanceof AuthenticationException) {
      return ". Check BROWSERACT_API_KEY (or --api-key).";
    }
    if (e instanceof ConcurrencyLimitException) {
      return ". No task was started: run it again once a task has ended"
          + " (see browseract tasks list --status running).";
    }
    if (e instanceof NotFoundException) {
      return ". Check the id: browseract tasks list shows your tasks.";
    }
    if (e instanceof InvalidResponseException) {
      return ". The task may have been started anyway: look for it with browseract tasks list --workflow-id ID"
          + " before running it again.";
    }
    if (e.code() != null && e.code() == TASK_NOT_PAUSED) {
      return ". Only a paused task can be resumed: see browseract task status ID.";
    }
    return ".";
  }
}
