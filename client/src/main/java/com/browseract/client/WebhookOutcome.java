package com.browseract.client;

/**
 * What {@link Webhooks#accept(String)} made of a callback, and what to answer BrowserAct: {@link #statusCode()}.
 * BrowserAct tries again only after a 5xx, so none of these asks it to.
 */
public enum WebhookOutcome {
  /**
   * A wait of this client follows the task (or a batch does, and the body says it ended). When the body says the task ended (or says no status), the wait re-reads
   * the task at once; a body saying it still runs changes nothing. Answer 200.
   */
  ACCEPTED(200),
  /**
   * No wait or batch of this client follows the task (it ended, or was never waited for here): nothing changes.
   * Answer 200.
   */
  UNKNOWN_TASK(200),
  /** Not a JSON object with a task id: nothing changes. Answer 400. */
  MALFORMED(400);

  private final int statusCode;

  WebhookOutcome(int statusCode) {
    this.statusCode = statusCode;
  }

  /** @return the HTTP status to answer the callback with */
  public int statusCode() {
    return statusCode;
  }
}
