package com.browseract.client;

import com.browseract.client.model.Task;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;

/**
 * Reads the bodies BrowserAct POSTs to {@code callback_url} and {@code status_change_callback_url}: the same
 * shape as get-task.
 *
 * <p><strong>Callbacks are not signed.</strong> Anyone who learns the URL can post to it, so treat a callback
 * only as a hint: take the task id from it and read the task with {@link Tasks#get(String)} before acting.
 */
public final class Webhooks {
  private static final JsonAdapter<Task> TASK = Json.MOSHI.adapter(Task.class);

  private Webhooks() {
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
    } catch (IOException | com.squareup.moshi.JsonDataException e) {
      throw new IllegalArgumentException("callback body is not a task: " + e.getMessage(), e);
    }
  }
}
