package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.model.Task;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Reads a task's {@code output.string}, which workflows commonly fill with JSON.
 *
 * <pre>{@code
 * List<?> rows = (List<?>) TaskOutputs.parse(task);          // Maps, Lists, Strings, Doubles, Booleans
 * Product[] products = TaskOutputs.parse(task, Product[].class);
 * }</pre>
 */
public final class TaskOutputs {
  private TaskOutputs() {
  }

  /**
   * Parses the output as untyped JSON.
   *
   * @param task a task, typically finished
   * @return a {@code Map}, {@code List}, {@code String}, {@code Double}, {@code Boolean} or null
   * @throws IllegalStateException when the task has no output string
   * @throws BrowserActException when the output is not valid JSON
   */
  public static Object parse(Task task) {
    return parse(task, Object.class);
  }

  /**
   * Parses the output into a type of the caller's, with the SDK's Moshi (fields map by name or {@code @Json}).
   *
   * @param task a task, typically finished
   * @param type the class (or a {@link com.squareup.moshi.Types} type) to parse into
   * @param <T> the result type
   * @return the parsed output
   * @throws IllegalStateException when the task has no output string
   * @throws BrowserActException when the output does not parse as that type
   */
  public static <T> T parse(Task task, Type type) {
    Validation.requireNonNull("task", task);
    Validation.requireNonNull("type", type);
    String text = task.getOutput() == null ? null : task.getOutput().getString();
    if (text == null) {
      throw new IllegalStateException("Task " + task.getId() + " has no output.string (status "
          + task.getStatus() + ")");
    }
    JsonAdapter<T> adapter = Json.MOSHI.adapter(type);
    try {
      return adapter.fromJson(text);
    } catch (IOException | RuntimeException e) {
      throw new BrowserActException("Output of task " + task.getId() + " is not JSON of type "
          + type.getTypeName() + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim(), e);
    }
  }
}
