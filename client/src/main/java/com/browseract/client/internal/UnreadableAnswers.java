package com.browseract.client.internal;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ErrorKind;

/**
 * Tells a passing unreadable answer from a broken contract, for the loops that call the API again and again (waits,
 * batches). Not part of the SDK's API: it may change in any release.
 *
 * <p>One unreadable answer may be a connection cut short. The same operation answering unreadable bodies
 * {@link ErrorKind#UNREADABLE_IN_A_ROW} times in a row while other calls are answered readably means that the API
 * answers, and that the SDK cannot use what it says: the loop must end rather than wait for a cure that will not
 * come. While nothing is answered readably (a proxy's maintenance page for every call), it is an outage like any
 * other. Not thread-safe: one per loop.
 */
public final class UnreadableAnswers {
  private String operation;
  private int inARow;
  private boolean othersAnswered;

  /**
   * Records a readable answer.
   *
   * @param answeredOperation the operationId of the call that was answered
   */
  public void answered(String answeredOperation) {
    if (answeredOperation.equals(operation)) {
      operation = null;
      inARow = 0;
      othersAnswered = false;
    } else if (operation != null) {
      othersAnswered = true;
    }
  }

  /**
   * Records a failure.
   *
   * @param failure what a call failed with
   * @return true when it breaks the contract: the loop should end with it
   */
  public boolean brokenBy(BrowserActException failure) {
    if (failure.kind() != ErrorKind.BROKEN_CONTRACT || !(failure instanceof ApiException)) {
      return false;
    }
    String failed = ((ApiException) failure).operation();
    if (!failed.equals(operation)) {
      operation = failed;
      inARow = 0;
      othersAnswered = false;
    }
    inARow++;
    return othersAnswered && inARow >= ErrorKind.UNREADABLE_IN_A_ROW;
  }

  /** @return how many unreadable answers in a row the current operation gave */
  public int inARow() {
    return inARow;
  }
}
