package com.browseract.client.batch;

import com.browseract.client.ClientListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch's own listener and those the client's {@link ClientListener}s return for it, as one; exceptions are
 * logged instead of ending the batch (its journal must go on).
 */
final class SafeListener implements BatchListener {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client.batch");

  private final List<BatchListener> listeners;

  SafeListener(BatchListener listener) {
    this(List.of(listener));
  }

  private SafeListener(List<BatchListener> listeners) {
    this.listeners = listeners;
  }

  /** The batch's listener, then each {@link ClientListener#onBatchStart} of the client's settings. */
  static SafeListener of(BatchListener own, List<ClientListener> hooks, BatchTarget target) {
    List<BatchListener> all = new ArrayList<>();
    all.add(own);
    for (ClientListener hook : hooks) {
      try {
        BatchListener listener = hook.onBatchStart(target);
        if (listener != null && listener != BatchListener.NONE) {
          all.add(listener);
        }
      } catch (RuntimeException e) {
        LOG.warn("ClientListener.onBatchStart threw; the batch goes on", e);
      }
    }
    return new SafeListener(List.copyOf(all));
  }

  private void each(String method, Consumer<BatchListener> call) {
    for (BatchListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("BatchListener.{} threw; the batch goes on", method, e);
      }
    }
  }

  @Override
  public void onStarted(BatchInput input, String taskId, int attempt) {
    each("onStarted", l -> l.onStarted(input, taskId, attempt));
  }

  @Override
  public void onResult(BatchResult result) {
    each("onResult", l -> l.onResult(result));
  }

  @Override
  public void onConcurrencyChanged(int concurrency) {
    each("onConcurrencyChanged", l -> l.onConcurrencyChanged(concurrency));
  }

  @Override
  public void onUnresolved(BatchInput input, String reason) {
    each("onUnresolved", l -> l.onUnresolved(input, reason));
  }

  @Override
  public void onTransientFailure(Throwable error) {
    each("onTransientFailure", l -> l.onTransientFailure(error));
  }

  @Override
  public void onEnd(BatchSummary summary, Throwable failure) {
    each("onEnd", l -> l.onEnd(summary, failure));
  }
}
