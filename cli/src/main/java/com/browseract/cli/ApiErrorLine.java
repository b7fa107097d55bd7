package com.browseract.cli;

import com.browseract.client.ApiException;
import com.browseract.client.AuthenticationException;
import com.browseract.client.ConcurrencyLimitException;
import com.browseract.client.ConnectionException;
import com.browseract.client.InvalidRequestException;
import com.browseract.client.InvalidResponseException;
import com.browseract.client.NotFoundException;
import com.browseract.client.PermissionDeniedException;
import com.browseract.client.ServerException;
import java.util.Set;

/**
 * One readable line for a failed call, in the CLI's terms: what happened, the API's own words, the facts to quote
 * (HTTP status, code, traceId, each once) and what to do.
 */
final class ApiErrorLine {
  private static final Set<String> STARTS = Set.of("runTask", "runTemplateTask");
  private static final String MAYBE_STARTED = ". The task may have been started anyway: look for it with"
      + " browseract tasks list --workflow-id ID before running it again.";

  private ApiErrorLine() {
  }

  static String of(ApiException e) {
    return "error: " + what(e) + " (" + facts(e) + ")" + advice(e);
  }

  static String of(ConnectionException e) {
    String cause = e.getCause() == null ? "no answer" : e.getCause().getClass().getSimpleName()
        + (e.getCause().getMessage() == null ? "" : ": " + e.getCause().getMessage());
    return "error: " + e.operation() + " got no answer from the API (" + cause.replaceAll("\\s+", " ") + ")"
        + (!e.requestMayHaveBeenProcessed() ? "; the request was not sent. Check the network and --base-url."
        : STARTS.contains(e.operation()) ? MAYBE_STARTED : ". Check the network and try again.");
  }

  private static String what(ApiException e) {
    String said = e.msg() == null || e.msg().isBlank() ? null : e.msg().trim().replaceAll("\\s+", " ");
    if (e instanceof AuthenticationException) {
      return "the API key was refused" + (said == null ? "" : ": " + said);
    }
    if (e instanceof ConcurrencyLimitException) {
      return "your plan already runs as many tasks at once as it allows (1 on the free plan, 20 on paid plans)"
          + (said == null ? "" : ": " + said);
    }
    return e.operation() + (said != null ? ": " + said : " failed");
  }

  private static String facts(ApiException e) {
    return "HTTP " + e.statusCode() + (e.code() == null ? "" : ", code " + e.code())
        + ", traceId " + (e.traceId() == null ? "none" : e.traceId());
  }

  private static String advice(ApiException e) {
    if (e instanceof AuthenticationException) {
      return ". Check BROWSERACT_API_KEY (or --api-key).";
    }
    if (e instanceof PermissionDeniedException) {
      return ". The API key may not do this: check the account's plan.";
    }
    if (e instanceof ConcurrencyLimitException) {
      return ". No task was started: run it again once a task has ended (see browseract tasks list --status"
          + " running), or let it wait for a free slot with --wait-for-slot 10m.";
    }
    if (e instanceof NotFoundException) {
      return ". Check the id: browseract tasks list shows your tasks.";
    }
    if (STARTS.contains(e.operation()) && (e instanceof ServerException || e instanceof InvalidResponseException)) {
      return MAYBE_STARTED;
    }
    if (e.code() != null && e.code() == InvalidRequestException.TASK_NOT_PAUSED) {
      return ". Only a paused task can be resumed: see browseract task status ID.";
    }
    return ".";
  }
}
