package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's {@link ClientListener}s as one: each hook is called in turn, and one that throws is logged instead
 * of breaking the call (with its stack trace the first time a hook's method fails, in one line afterwards, so that
 * a broken hook cannot flood the log).
 */
final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");

  private final List<ClientListener> hooks;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  Listeners(List<ClientListener> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  boolean isEmpty() {
    return hooks.isEmpty();
  }

  /** Runs one hook's method; a failure is logged, never thrown. */
  private <L> void safely(L listener, String method, Consumer<L> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException e) {
      String key = listener.getClass().getName() + "." + method;
      if (reported.add(key)) {
        LOG.warn("{} threw; the call goes on (further failures of it are logged in one line)", key, e);
      } else {
        LOG.warn("{} threw again: {}", key, e.toString());
      }
    }
  }

  /** @return what hears one call: every hook's {@link CallListener}, each guarded */
  CallListener onCallStart(String operation) {
    if (hooks.isEmpty()) {
      return CallListener.NONE;
    }
    List<CallListener> calls = new ArrayList<>();
    for (ClientListener hook : hooks) {
      safely(hook, "onCallStart", h -> calls.add(h.onCallStart(operation)));
    }
    return new CallListener() {
      @Override
      public void onAttempt(CallAttempt attempt) {
        calls.forEach(c -> safely(c, "onAttempt", l -> l.onAttempt(attempt)));
      }

      @Override
      public void onRetryWait(Duration wait, BrowserActException cause) {
        calls.forEach(c -> safely(c, "onRetryWait", l -> l.onRetryWait(wait, cause)));
      }

      @Override
      public void onEnd(int attempts, Duration duration, Throwable failure) {
        calls.forEach(c -> safely(c, "onEnd", l -> l.onEnd(attempts, duration, failure)));
      }
    };
  }

  /**
   * @param own the wait's own listener, which alone decides whether steps are read, and whose exceptions reach the
   *     wait as they always have
   * @return {@code own} when no hook listens to waits, else {@code own} and the hooks' wait listeners as one
   */
  TaskListener onWaitStart(String taskId, TaskListener own) {
    List<TaskListener> waits = new ArrayList<>();
    for (ClientListener hook : hooks) {
      safely(hook, "onWaitStart", h -> {
        TaskListener wait = h.onWaitStart(taskId);
        if (wait != null) {
          waits.add(wait);
        }
      });
    }
    if (waits.isEmpty()) {
      return own;
    }
    // The wait's own listener as always (its exceptions reach the wait), then each hook's, guarded.
    Consumer<Consumer<TaskListener>> both = call -> {
      call.accept(own);
      waits.forEach(wait -> safely(wait, "TaskListener", call));
    };
    return new TaskListener() {
      @Override
      public void onStatusChange(String id, TaskStatus previous, TaskStatus current) {
        both.accept(l -> l.onStatusChange(id, previous, current));
      }

      @Override
      public void onStep(String id, TaskStep step) {
        both.accept(l -> l.onStep(id, step));
      }

      @Override
      public void onPollFailed(String id, BrowserActException error, Instant failingSince) {
        both.accept(l -> l.onPollFailed(id, error, failingSince));
      }

      @Override
      public void onPollRecovered(String id, Duration downtime) {
        both.accept(l -> l.onPollRecovered(id, downtime));
      }

      @Override
      public void onStopFailed(String id, Throwable error) {
        both.accept(l -> l.onStopFailed(id, error));
      }

      @Override
      public void onWaitEnd(WaitSummary summary) {
        safely(own, "onWaitEnd", l -> l.onWaitEnd(summary));
        waits.forEach(w -> safely(w, "onWaitEnd", l -> l.onWaitEnd(summary)));
      }

      @Override
      public Duration stepsEvery() {
        return own.stepsEvery();
      }

      @Override
      public boolean wantsSteps() {
        return own.wantsSteps();
      }
    };
  }
}
