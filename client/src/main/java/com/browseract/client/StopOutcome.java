package com.browseract.client;

/** What a call to stop a task did. */
public enum StopOutcome {
  /** The task was running (or paused) and is now canceled. */
  STOPPED,
  /**
   * The task had already ended (finished, failed or canceled) before the call: nothing was changed. BrowserAct
   * answers this case with business code 10121
   * ({@link com.browseract.client.errors.BusinessCode#TASK_HAS_COMPLETED}, {@code Task has completed.}).
   */
  ALREADY_ENDED
}
