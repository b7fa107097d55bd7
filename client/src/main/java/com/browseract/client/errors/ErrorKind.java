package com.browseract.client.errors;

/**
 * What a failure means for the caller: the one classification that the SDK's retries, waits and batches and the
 * {@code browseract} command all act on. Decided once, when the failure is mapped, from the HTTP status, the
 * business code ({@link BusinessCode}), the transport error and whether the call starts a task.
 *
 * <pre>{@code
 * switch (e.kind()) {
 *   case REFUSED:        // nothing was done: send it again later, even a start
 *   case TRANSIENT:      // may heal: try again, keep waiting
 *   case TASK_MAY_EXIST: // look for the task before starting it again
 *   default:             // fix something first, or report it
 * }
 * }</pre>
 */
public enum ErrorKind {
  /**
   * The API refused the call before doing anything (HTTP 429, code 10118: the plan's limit of tasks at once): send
   * it again later, as {@link ApiException#retryAfter()} asks when it does. Safe even for a call that starts a task.
   */
  REFUSED,
  /**
   * May heal: HTTP 408 or 5xx to a call that is safe to repeat, no answer at all, or a request that never left
   * this machine. Retried by the client; a wait keeps waiting; a batch keeps going within its patience.
   */
  TRANSIENT,
  /**
   * A call that starts a task got no usable answer after its request was sent (HTTP 408 or 5xx, no answer, an
   * answer without a task id): the task may exist. Never sent again blindly; look for the task first.
   */
  TASK_MAY_EXIST,
  /** The request is wrong (a value, a missing input, the task's state): the same request fails again; fix it. */
  FIX_REQUEST,
  /**
   * What the call names does not exist, is not visible to this key or cannot run as it is (a task, workflow or
   * bot, template; a bot not published): check the id or the bot.
   */
  FIX_TARGET,
  /** The API key was refused, or may not do this: fix the key or the account's plan. */
  FIX_ACCOUNT,
  /**
   * An answer with a success status that cannot be read or used. One may be a connection cut short, so the client
   * tries the call again and a wait lets it pass; the same operation answering so {@value #UNREADABLE_IN_A_ROW}
   * times in a row while the API answers other calls means the API and this SDK disagree: the wait ends.
   */
  BROKEN_CONTRACT,
  /**
   * Not a failed call: a task that failed or was canceled, a wait that timed out, a closed client or an interrupted
   * thread, or a bug. The exception's type says which.
   */
  OTHER;

  /** Unreadable answers of one operation, in a row while other calls are answered, that break the contract. */
  public static final int UNREADABLE_IN_A_ROW = 3;

  /**
   * @return true when trying again later may succeed as it is: {@link #REFUSED}, {@link #TRANSIENT} and a single
   *     {@link #BROKEN_CONTRACT} answer (see there)
   */
  public boolean mayHeal() {
    return this == REFUSED || this == TRANSIENT || this == BROKEN_CONTRACT;
  }
}
