package com.browseract.client.batch;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one input: what its (last) task did. One line of the results file, see {@link #toJson()}.
 */
public final class BatchResult {
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);

  private final BatchInput input;
  private final Map<String, Object> ended;

  BatchResult(BatchInput input, Map<String, Object> ended) {
    this.input = input;
    this.ended = ended;
  }

  /** @return the input */
  public BatchInput input() {
    return input;
  }

  /** @return the task whose result this is (the last one when failed tasks were retried) */
  public String taskId() {
    return (String) ended.get("taskId");
  }

  /** @return {@code finished}, {@code failed} or {@code canceled} */
  public String status() {
    return (String) ended.get("status");
  }

  /** @return how many tasks the input took (more than 1 after retries of failed tasks) */
  public int attempts() {
    return ((Number) ended.getOrDefault("attempt", 1)).intValue();
  }

  /** @return the task's output text as BrowserAct returned it, or null */
  public String outputText() {
    return (String) ended.get("output");
  }

  /**
   * @return the output parsed when it is JSON (maps, lists, strings, doubles, booleans), the text as it is
   *     otherwise, or null when there is none
   */
  public Object output() {
    return parseOutput(outputText());
  }

  /** @return the credits the task used, or null when BrowserAct did not say */
  public Long credits() {
    Object credits = ended.get("credits");
    return credits instanceof Number ? ((Number) credits).longValue() : null;
  }

  /** @return the failure's code, or null */
  public String failureCode() {
    Object code = ended.get("failureCode");
    return code == null ? null : String.valueOf(code);
  }

  /** @return the failure's message, or null */
  public String failureMessage() {
    return (String) ended.get("failureMessage");
  }

  /** @return local paths of the task's downloaded files; empty without downloads */
  @SuppressWarnings("unchecked")
  public List<String> files() {
    Object files = ended.get("files");
    return files instanceof List ? Collections.unmodifiableList(new ArrayList<>((List<String>) files))
        : Collections.emptyList();
  }

  /** @return why downloading the task's files failed, or null */
  public String downloadError() {
    return (String) ended.get("downloadError");
  }

  /** @return true for a finished task */
  public boolean isFinished() {
    return "finished".equals(status());
  }

  static Object parseOutput(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"")) {
      try {
        return ANY.fromJson(trimmed);
      } catch (IOException | RuntimeException notJson) {
        return text;
      }
    }
    return text;
  }

  /** @return the result as one JSON object on one line, as written to the results file */
  public String toJson() {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("key", input.key());
    line.put("position", input.position());
    line.put("input", input.parameters());
    line.put("taskId", taskId());
    line.put("status", status());
    line.put("output", output());
    line.put("credits", credits());
    Map<String, Object> failure = null;
    if (failureCode() != null || failureMessage() != null) {
      failure = new LinkedHashMap<>();
      failure.put("code", ended.get("failureCode"));
      failure.put("message", failureMessage());
    }
    line.put("failure", failure);
    line.put("attempts", attempts());
    if (ended.containsKey("files")) {
      line.put("files", files());
    }
    if (downloadError() != null) {
      line.put("downloadError", downloadError());
    }
    return ANY.serializeNulls().toJson(line);
  }

  @Override
  public String toString() {
    return "BatchResult{" + input.key() + ", task " + taskId() + ", " + status() + "}";
  }
}
