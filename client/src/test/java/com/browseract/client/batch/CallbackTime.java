package com.browseract.client.batch;

import com.browseract.client.WebhookOutcome;
import com.browseract.client.Webhooks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Batch time with BrowserAct's callbacks: a pause ends at the first moment within it when a task of the fake ends
 * (its callback then reaches the client's webhooks, as a receiver would hand it over) or a scripted callback is due.
 * Tasks in {@link #lost} never call back.
 */
final class CallbackTime implements Pause {
  private final BatchClock clock;
  private final FakeBatchApi api;
  private final Webhooks webhooks;
  /** Ids of tasks whose callbacks never come. */
  final Set<String> lost = ConcurrentHashMap.newKeySet();
  /** What the webhooks answered to each callback delivered, in order. */
  final List<WebhookOutcome> outcomes = new CopyOnWriteArrayList<>();
  private final Set<String> delivered = new HashSet<>();
  private final TreeMap<Instant, List<String>> scripted = new TreeMap<>();

  CallbackTime(BatchClock clock, FakeBatchApi api, Webhooks webhooks) {
    this.clock = clock;
    this.api = api;
    this.webhooks = webhooks;
  }

  /** Posts {@code body} to the webhooks {@code after} from now, whatever the fake's tasks do. */
  void script(Duration after, String body) {
    scripted.computeIfAbsent(clock.instant().plus(after), at -> new ArrayList<>()).add(body);
  }

  /** Posts a task's callback now, as BrowserAct does when it ends (from the fake's start, before its answer). */
  void callBack(FakeBatchApi.FakeTask task) {
    synchronized (delivered) {
      delivered.add(task.id);
    }
    outcomes.add(webhooks.accept(api.callbackBody(task)));
  }

  @Override
  public void pause(Duration duration) {
    Instant until = clock.instant().plus(duration);
    Instant next = null;
    List<FakeBatchApi.FakeTask> due = new ArrayList<>();
    synchronized (delivered) {
      for (FakeBatchApi.FakeTask task : api.created()) {
        if (task.callbackUrl == null || delivered.contains(task.id) || lost.contains(task.id)
            || task.end().isAfter(until) || next != null && task.end().isAfter(next)) {
          continue;
        }
        if (next == null || task.end().isBefore(next)) {
          next = task.end();
          due.clear();
        }
        due.add(task);
      }
    }
    Map.Entry<Instant, List<String>> script = scripted.firstEntry();
    boolean scriptFirst = script != null && !script.getKey().isAfter(until)
        && (next == null || script.getKey().isBefore(next));
    if (scriptFirst) {
      moveTo(script.getKey());
      scripted.remove(script.getKey()).forEach(body -> outcomes.add(webhooks.accept(body)));
    } else if (next != null) {
      moveTo(next);
      due.forEach(this::callBack);
    } else {
      moveTo(until);
    }
  }

  private void moveTo(Instant at) {
    Duration step = Duration.between(clock.instant(), at);
    if (!step.isNegative()) {
      clock.move(step);
    }
  }

  @Override
  public void wake() {
  }
}
