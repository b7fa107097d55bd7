package com.browseract.client;

import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the callbacks BrowserAct POSTs to {@code callback_url} and {@code status_change_callback_url} to the waits
 * of one client ({@link BrowserAct#webhooks()}), and reads such a callback ({@link #parseTask(String)}).
 *
 * <p>Receiving callbacks in your own web framework: hand each body to {@link #accept(String)} and answer with the
 * status it returns. The built-in {@link WebhookReceiver} does exactly that.
 *
 * <pre>{@code
 * // in your POST handler for https://my.app/hooks/browseract
 * WebhookOutcome outcome = browserAct.webhooks().accept(body);
 * return ResponseEntity.status(outcome.statusCode()).build();
 *
 * // and where you wait
 * Task task = browserAct.tasks().runAndWait(request,
 *     WaitOptions.builder().callbackUrl("https://my.app/hooks/browseract").build());
 * }</pre>
 *
 * <p><strong>Callbacks are not signed.</strong> Anyone who learns the URL can post to it, so a callback is only a
 * hint: a wait that hears its task ended re-reads the task with get-task and believes only that answer. A body that
 * says the task still runs (status-change callbacks do) is ignored; the wait's own polls follow the status.
 */
public final class Webhooks {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");
  private static final JsonAdapter<Task> TASK = Json.MOSHI.adapter(Task.class);

  private final Map<String, List<CallbackHints>> following = new ConcurrentHashMap<>();
  private final List<Predicate<String>> endListeners = new CopyOnWriteArrayList<>();

  Webhooks() {
  }

  /**
   * Hands one callback body to the waits that follow its task (a v2 task, or a v3 run). Fast and never throws: it
   * reads only the body's {@code id} (v3: {@code task_id}) and {@code status}, and the waits do their re-reading on their own threads.
   *
   * @param body the raw request body, as received
   * @return what came of it, with the HTTP status to answer
   */
  public WebhookOutcome accept(String body) {
    String[] idAndStatus = idAndStatus(body);
    if (idAndStatus == null) {
      return WebhookOutcome.MALFORMED;
    }
    List<CallbackHints> waits = following.get(idAndStatus[0]);
    boolean followed = waits != null && !waits.isEmpty();
    if (mayHaveEnded(idAndStatus[1])) {
      if (followed) {
        for (CallbackHints wait : waits) {
          try {
            wait.arrive();
          } catch (RuntimeException e) {
            LOG.warn("A wait for task {} could not take a callback: {}", idAndStatus[0], e.toString());
          }
        }
      }
      for (Predicate<String> listener : endListeners) {
        try {
          followed |= listener.test(idAndStatus[0]);
        } catch (RuntimeException e) {
          LOG.warn("A follower of task ends could not take a callback for task {}: {}", idAndStatus[0], e.toString());
        }
      }
    }
    return followed ? WebhookOutcome.ACCEPTED : WebhookOutcome.UNKNOWN_TASK;
  }

  /**
   * Hands the task id of every callback that says a task ended (or says no status) to {@code listener}, whatever the
   * task: for code that follows many tasks at once, such as a batch with
   * {@link com.browseract.client.batch.BatchOptions.Builder#callbackUrl(String)}, whose tasks' callbacks may even
   * arrive before their start has been answered. Callbacks saying a task still runs are not handed over. The
   * listener runs on the thread that called {@link #accept(String)}: it must be quick, and a callback is only a hint
   * (re-read the task before believing it).
   *
   * @param listener given the task id; returns true when it follows that task (the callback is then
   *     {@link WebhookOutcome#ACCEPTED})
   * @return the action that stops handing callbacks to {@code listener}
   */
  public Runnable followEnds(Predicate<String> listener) {
    Validation.requireNonNull("listener", listener);
    endListeners.add(listener);
    return () -> endListeners.remove(listener);
  }

  /** A status that is missing or names an end: worth a re-read. Running, paused and the like are not. */
  private static boolean mayHaveEnded(String status) {
    if (status == null) {
      return true;
    }
    for (TaskStatus terminal : WaitProgress.TERMINAL) {
      if (terminal.getValue().equalsIgnoreCase(status)) {
        return true;
      }
    }
    return false;
  }

  /** The top-level {@code id} or {@code task_id} and {@code status} (null when absent); null when the body is no object with an id. */
  private static String[] idAndStatus(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    String id = null;
    String status = null;
    boolean statusSeen = false;
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      reader.beginObject();
      while (reader.hasNext() && (id == null || !statusSeen)) {
        String name = reader.nextName();
        JsonReader.Token token = reader.peek();
        if ((name.equals("id") || name.equals("task_id")) && (token == JsonReader.Token.STRING || token == JsonReader.Token.NUMBER)) {
          id = reader.nextString();
        } else if (name.equals("status")) {
          statusSeen = true;
          status = token == JsonReader.Token.STRING ? reader.nextString() : null;
          if (status == null) {
            reader.skipValue();
          }
        } else {
          reader.skipValue();
        }
      }
    } catch (IOException | JsonDataException | IllegalStateException e) {
      return null;
    }
    return id == null || id.isBlank() ? null : new String[] {id, status};
  }

  /** Sends {@code taskId}'s callbacks to {@code hints} until the returned action runs. */
  Runnable follow(String taskId, CallbackHints hints) {
    // Added and removed inside compute: a list emptied and dropped by another wait is never added to afterwards.
    following.compute(taskId, (id, waits) -> {
      List<CallbackHints> list = waits == null ? new CopyOnWriteArrayList<>() : waits;
      list.add(hints);
      return list;
    });
    return () -> following.computeIfPresent(taskId, (id, waits) -> {
      waits.remove(hints);
      return waits.isEmpty() ? null : waits;
    });
  }

  /** For tests: how many tasks have a wait following them. */
  int followed() {
    return following.size();
  }

  /**
   * Parses a callback body.
   *
   * @param body the raw request body
   * @return the task it describes, unverified
   * @throws IllegalArgumentException when the body is blank or not a task
   */
  public static Task parseTask(String body) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("body must not be blank");
    }
    try {
      Task task = TASK.fromJson(body);
      if (task == null || task.getId() == null) {
        throw new IllegalArgumentException("callback body has no task id");
      }
      return task;
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("callback body is not a task: " + e.getMessage(), e);
    }
  }
}
