package com.browseract.client.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user's listener, whose exceptions are logged instead of ending the batch (its journal must go on). */
final class SafeListener implements BatchListener {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client.batch");

  private final BatchListener listener;

  SafeListener(BatchListener listener) {
    this.listener = listener;
  }

  private static void failed(String method, RuntimeException e) {
    LOG.warn("BatchListener.{} threw; the batch goes on", method, e);
  }

  @Override
  public void onStarted(BatchInput input, String taskId, int attempt) {
    try {
      listener.onStarted(input, taskId, attempt);
    } catch (RuntimeException e) {
      failed("onStarted", e);
    }
  }

  @Override
  public void onResult(BatchResult result) {
    try {
      listener.onResult(result);
    } catch (RuntimeException e) {
      failed("onResult", e);
    }
  }

  @Override
  public void onConcurrencyChanged(int concurrency) {
    try {
      listener.onConcurrencyChanged(concurrency);
    } catch (RuntimeException e) {
      failed("onConcurrencyChanged", e);
    }
  }

  @Override
  public void onUnresolved(BatchInput input, String reason) {
    try {
      listener.onUnresolved(input, reason);
    } catch (RuntimeException e) {
      failed("onUnresolved", e);
    }
  }

  @Override
  public void onTransientFailure(Throwable error) {
    try {
      listener.onTransientFailure(error);
    } catch (RuntimeException e) {
      failed("onTransientFailure", e);
    }
  }
}
