package com.browseract.client.batch;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the journal. Kinds, in the order an input goes through them:
 * <ul>
 *   <li>{@code batch}: the first line; what the batch runs and when it began (tasks are looked for from then);</li>
 *   <li>{@code starting}: written and synced before a start request is sent;</li>
 *   <li>{@code refused}: the start was refused without creating a task (the plan's limit, an invalid request);</li>
 *   <li>{@code started}: the task id the API answered, or the task a reconciliation adopted;</li>
 *   <li>{@code ended}: the task ended; {@code final} when this is the input's result (no retry follows).</li>
 * </ul>
 */
final class JournalRecord {
  static final String BATCH = "batch";
  static final String STARTING = "starting";
  static final String REFUSED = "refused";
  static final String STARTED = "started";
  static final String ENDED = "ended";

  final String type;
  final Map<String, Object> fields;

  JournalRecord(String type, Map<String, Object> fields) {
    this.type = type;
    this.fields = fields;
  }

  String key() {
    return (String) fields.get("key");
  }

  int attempt() {
    Object attempt = fields.get("attempt");
    return attempt instanceof Number ? ((Number) attempt).intValue() : 1;
  }

  String taskId() {
    return (String) fields.get("taskId");
  }

  Instant at() {
    Object at = fields.get("at");
    return at == null ? null : Instant.parse((String) at);
  }

  boolean isFinal() {
    return Boolean.TRUE.equals(fields.get("final"));
  }

  String status() {
    return (String) fields.get("status");
  }
}
