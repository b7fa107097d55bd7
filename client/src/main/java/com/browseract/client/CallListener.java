package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import java.time.Duration;

/**
 * Hears one API call, as returned by {@link ClientListener#onCallStart(String)}: each attempt, each wait before a
 * retry, and the end. Every method defaults to doing nothing.
 */
public interface CallListener {
  /** A listener that hears nothing. */
  CallListener NONE = new CallListener() {
  };

  /**
   * An attempt was answered, or failed without an answer.
   *
   * @param attempt what it sent and got
   */
  default void onAttempt(CallAttempt attempt) {
  }

  /**
   * The call will be tried again after {@code wait}.
   *
   * @param wait how long the client waits before the next attempt
   * @param cause the failure of the attempt before
   */
  default void onRetryWait(Duration wait, BrowserActException cause) {
  }

  /**
   * The call is over.
   *
   * @param attempts how many attempts were made (1 without retries; 0 when none could be made)
   * @param duration from the start of the call to its end, retry waits included
   * @param failure what the call failed with, or null when it succeeded
   */
  default void onEnd(int attempts, Duration duration, Throwable failure) {
  }
}
