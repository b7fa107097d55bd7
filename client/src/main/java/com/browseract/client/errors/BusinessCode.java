package com.browseract.client.errors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * BrowserAct's business codes: the one table of what each means, its {@link ErrorKind}, the exception it becomes,
 * and what to do (in the SDK's words and in the {@code browseract} command's). A known code decides before the
 * HTTP status does: the same envelope arrives with HTTP 200, 400 or 500.
 *
 * <p>The v2 API's codes were seen in real answers; the v3 ("Bots") API's come from its published document and
 * are here so that a v3 client only has to use them. Adding a code is one row here and a recorded answer in the
 * contract tests.
 */
public enum BusinessCode {
  /** v2: the API key was refused ({@code Invalid authorization}); also what an HTTP 401 means. */
  INVALID_AUTHORIZATION(401, "the API key was refused", ErrorKind.FIX_ACCOUNT, AuthenticationException::new,
      "Check the API key", "Check BROWSERACT_API_KEY (or --api-key)."),
  /** v2, v3: no task has this id ({@code Task is not exist.}). */
  TASK_NOT_FOUND(10112, "the task does not exist", ErrorKind.FIX_TARGET, NotFoundException::new,
      "No task has this id", "Check the id: browseract runs list (v3) or tasks list (v2) shows your tasks."),
  /** v2: the plan's limit of tasks at once (1 free, 20 paid) refused a start; no task was created. */
  RUNNING_TASKS_EXCEEDED(10118, "your plan already runs as many tasks at once as it allows (1 on the free plan, 20"
      + " on paid plans)", ErrorKind.REFUSED,
      ConcurrencyLimitException::new, "The plan's limit of tasks running at once is reached (1 on the free plan, 20"
          + " on paid plans); no task was created, so starting it again later is safe",
      "No task was started: run it again once a task has ended (see browseract tasks list --status running), or"
          + " let it wait for a free slot with --wait-for-slot 10m."),
  /**
   * v2, v3: the task has already ended ({@code Task has completed.}). Not an error for stop (cancel): the SDK
   * answers {@code StopOutcome.ALREADY_ENDED}.
   */
  TASK_HAS_COMPLETED(10121, "the task has already ended", ErrorKind.FIX_REQUEST, InvalidRequestException::new,
      "The task has already ended", "The task has already ended: browseract runs get ID (v3) or task get ID (v2)"
          + " shows how."),
  /** v2, v3: resume on a task that is not paused. */
  TASK_NOT_PAUSED(10127, "only a paused task can be resumed", ErrorKind.FIX_REQUEST, InvalidRequestException::new,
      "The task is not paused: only a paused task can be resumed",
      "Only a paused task can be resumed: see browseract runs status ID (v3) or task status ID (v2)."),
  /** v3: a parameter is wrong. */
  PARAMETER_ERROR(99001, "a parameter is wrong", ErrorKind.FIX_REQUEST, InvalidRequestException::new,
      "Check the request's parameters", "Check the command's arguments."),
  /** v3: the key may not do this; also what an HTTP 403 means. */
  NO_PERMISSION(99002, "the API key may not do this", ErrorKind.FIX_ACCOUNT, PermissionDeniedException::new,
      "The API key may not do this: check the account's plan", "The API key may not do this: check the account's plan."),
  /** v3: the proxy region does not exist. */
  PROXY_REGION_NOT_FOUND(10013, "the proxy region does not exist", ErrorKind.FIX_REQUEST,
      InvalidRequestException::new, "Choose a region that regions().list() shows",
      "Choose a region that browseract bots regions shows."),
  /** v3: the bot is not published. */
  BOT_NOT_PUBLISHED(10020, "the bot is not published", ErrorKind.FIX_TARGET, InvalidRequestException::new,
      "Publish the bot in BrowserAct first", "Publish the bot in BrowserAct, then run it again."),
  /** v3: the agent bot's LLM configuration is incomplete. */
  AGENT_LLM_INCOMPLETE(10021, "the agent bot's LLM configuration is incomplete", ErrorKind.FIX_TARGET,
      InvalidRequestException::new, "Complete the agent bot's LLM configuration in BrowserAct",
      "Complete the agent bot's LLM configuration in BrowserAct, then run it again."),
  /** v3: the bot does not exist or is not visible to this key. */
  BOT_NOT_FOUND(10111, "the bot does not exist or is not visible", ErrorKind.FIX_TARGET, NotFoundException::new,
      "Check the bot's id", "Check the id: browseract bots list shows your bots."),
  /** v3: a required input of a bot is missing. */
  BOT_INPUT_MISSING(10142, "a required input of the bot is missing", ErrorKind.FIX_REQUEST,
      InvalidRequestException::new, "Give every required input",
      "Give every required input with --input NAME=VALUE: browseract bots get ID lists them."),
  /** v3: a required input of an agent bot is missing. */
  AGENT_INPUT_MISSING(10143, "a required input of the agent bot is missing", ErrorKind.FIX_REQUEST,
      InvalidRequestException::new, "Give every required input",
      "Give every required input with --input NAME=VALUE: browseract bots get ID lists them."),
  /** v3: the template does not exist. */
  TEMPLATE_NOT_FOUND(10176, "the template does not exist", ErrorKind.FIX_TARGET, NotFoundException::new,
      "Check the template's id", "Check the id: browseract bots templates list shows the templates."),
  /** v3: an agent bot's run cannot be resumed. */
  AGENT_NOT_RESUMABLE(10879, "an agent bot's run cannot be resumed", ErrorKind.FIX_REQUEST,
      InvalidRequestException::new, "An agent bot's run cannot be resumed; start a new one",
      "An agent bot's run cannot be resumed: run it again instead.");

  /** Makes the exception of a row. */
  @FunctionalInterface
  interface Factory {
    ApiException create(ErrorDetails details, ErrorKind kind, String hint, Throwable cause);
  }

  private static final Map<Integer, BusinessCode> BY_CODE = new HashMap<>();

  static {
    for (BusinessCode row : values()) {
      BY_CODE.put(row.code, row);
    }
  }

  private final int code;
  private final String meaning;
  private final ErrorKind kind;
  private final Factory factory;
  private final String hint;
  private final String cliAdvice;

  BusinessCode(int code, String meaning, ErrorKind kind, Factory factory, String hint, String cliAdvice) {
    this.code = code;
    this.meaning = meaning;
    this.kind = kind;
    this.factory = factory;
    this.hint = hint;
    this.cliAdvice = cliAdvice;
  }

  /**
   * @param code an envelope's {@code code}, or null
   * @return its row, if the code is known
   */
  public static Optional<BusinessCode> of(Integer code) {
    return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The row that decides an answer: its known code, else the row an HTTP 401 or 403 means.
   *
   * @param code the envelope's {@code code}, or null
   * @param status the HTTP status
   * @return the row, if one decides
   */
  public static Optional<BusinessCode> forAnswer(Integer code, int status) {
    Optional<BusinessCode> known = of(code);
    if (known.isPresent() || (status != 401 && status != 403)) {
      return known;
    }
    return Optional.of(status == 401 ? INVALID_AUTHORIZATION : NO_PERMISSION);
  }

  /**
   * @param failure any failure
   * @return true when it is an {@link ApiException} carrying this code
   */
  public boolean matches(Throwable failure) {
    return failure instanceof ApiException && Integer.valueOf(code).equals(((ApiException) failure).code());
  }

  /** @return the number in the envelope's {@code code} */
  public int code() {
    return code;
  }

  /** @return what the code means, in a few words */
  public String meaning() {
    return meaning;
  }

  /** @return what the failure means for the caller */
  public ErrorKind kind() {
    return kind;
  }

  /** @return what to do, in the SDK's terms (the end of the exception's message) */
  public String hint() {
    return hint;
  }

  /** @return what to do, in the terms of the {@code browseract} command (the end of its error line) */
  public String cliAdvice() {
    return cliAdvice;
  }

  /**
   * The exception an answer with this code becomes.
   *
   * @param details what the answer said
   * @return the exception, of this row's type and kind, its message ending with the hint
   */
  public ApiException exception(ErrorDetails details) {
    return factory.create(details, kind, hint, null);
  }
}
