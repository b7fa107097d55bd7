package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.v3.model.Run;
import com.squareup.moshi.JsonAdapter;
import java.lang.reflect.Type;

/**
 * Reads a v3 run's {@code output}, any JSON value, as plain JSON or as a type of the caller's.
 *
 * <pre>{@code
 * Run run = browserAct.bots().runAndWait(botId, Map.of("keyword", "laptops"), WaitOptions.defaults());
 * Product[] products = RunOutputs.read(run, Product[].class);  // fields map by name or @Json
 * String text = RunOutputs.json(run);                           // the output as JSON text
 * }</pre>
 *
 * <p>The result files ({@code output_files} by format, {@code download_files}) download with
 * {@link TaskFiles#downloadOutput(Run, String, java.nio.file.Path)} and {@link TaskFiles#download(Run,
 * java.nio.file.Path)}.
 */
public final class RunOutputs {
  private static final JsonAdapter<Object> ANY = Json.MOSHI.adapter(Object.class);

  private RunOutputs() {
  }

  /**
   * The output as Moshi reads untyped JSON.
   *
   * @param run a run, typically finished
   * @return a {@code Map}, {@code List}, {@code String}, {@code Double}, {@code Boolean}, or null when the output
   *     is JSON null or absent
   */
  public static Object value(Run run) {
    Validation.requireNonNull("run", run);
    return run.getOutput();
  }

  /**
   * The output as JSON text.
   *
   * @param run a run, typically finished
   * @return the output written as JSON; {@code "null"} when it has none
   */
  public static String json(Run run) {
    Validation.requireNonNull("run", run);
    return ANY.toJson(run.getOutput());
  }

  /**
   * The output as a type of the caller's, with the SDK's Moshi (fields map by name or {@code @Json}).
   *
   * @param run a run, typically finished
   * @param type the class, or a {@link com.squareup.moshi.Types} type such as {@code List<Product>}
   * @param <T> the result type
   * @return the output in that type
   * @throws IllegalStateException when the run has no output (status shown)
   * @throws BrowserActException when the output does not fit the type (the message names the JSON path)
   */
  public static <T> T read(Run run, Type type) {
    Validation.requireNonNull("run", run);
    Validation.requireNonNull("type", type);
    if (run.getOutput() == null) {
      throw new IllegalStateException("Run " + run.getTaskId() + " has no output (status " + run.getStatus() + ")");
    }
    JsonAdapter<T> adapter = Json.MOSHI.adapter(type);
    try {
      return adapter.fromJsonValue(run.getOutput());
    } catch (RuntimeException e) {
      throw new BrowserActException("Output of run " + run.getTaskId() + " is not JSON of type "
          + type.getTypeName() + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim(), e);
    }
  }

  /**
   * As {@link #read(Run, Type)}, for a class.
   *
   * @param run a run, typically finished
   * @param type the class to read into
   * @param <T> the result type
   * @return the output as that class
   */
  public static <T> T read(Run run, Class<T> type) {
    return read(run, (Type) type);
  }
}
