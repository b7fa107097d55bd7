package com.browseract.client.batch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the journal, and the only place that knows its format: the writers below make each kind of record,
 * the accessors read one back. Kinds, in the order an input goes through them:
 * <ul>
 *   <li>{@code batch}: the first line; what the batch runs and when it began (tasks are looked for from then);</li>
 *   <li>{@code starting}: written and synced before a start request is sent;</li>
 *   <li>{@code refused}: the start was refused without creating a task (the plan's limit, an invalid request), or
 *       a reconciliation found no task for it ({@code reason: absent});</li>
 *   <li>{@code started}: the task id the API answered, or the task a reconciliation adopted;</li>
 *   <li>{@code ended}: the task ended; {@code final} when this is the input's result (no retry follows).</li>
 * </ul>
 * Journals outlive the code that writes them (a batch resumes after an upgrade): the bytes each writer produces,
 * field order included, do not change ({@code JournalCompatibilityTest} holds a journal written before).
 */
final class JournalRecord {
  static final String BATCH = "batch";
  static final String STARTING = "starting";
  static final String REFUSED = "refused";
  static final String STARTED = "started";
  static final String ENDED = "ended";
  private static final int VERSION = 1;

  final String type;
  final Map<String, Object> fields;

  JournalRecord(String type, Map<String, Object> fields) {
    this.type = type;
    this.fields = fields;
  }

  /** The first record: the target's id under its kind's name, when the batch began, the format's version. */
  static JournalRecord batch(BatchTarget target, Instant at) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(target.kind().journalField, target.id());
    fields.put("at", at.toString());
    fields.put("version", VERSION);
    return new JournalRecord(BATCH, fields);
  }

  /** A start about to be sent, with the input (a resume reads it from here). */
  static JournalRecord starting(BatchInput input, int attempt, Instant at) {
    JournalRecord record = ofInput(STARTING, input, attempt);
    record.fields.put("at", at.toString());
    record.fields.put("input", input.parameters());
    return record;
  }

  /** A start refused without a task; {@code code} is the API's business code, or null without one. */
  static JournalRecord refused(BatchInput input, int attempt, Integer code) {
    JournalRecord record = ofInput(REFUSED, input, attempt);
    record.fields.put("code", code);
    return record;
  }

  /** A start without an answer for which a reconciliation found no task: it is sent again. */
  static JournalRecord absent(BatchInput input, int attempt) {
    JournalRecord record = ofInput(REFUSED, input, attempt);
    record.fields.put("reason", "absent");
    return record;
  }

  /** The input's task: the id a start answered or, {@code adopted}, the task a reconciliation found. */
  static JournalRecord started(BatchInput input, int attempt, String taskId, Instant at, boolean adopted) {
    JournalRecord record = ofInput(STARTED, input, attempt);
    record.fields.put("taskId", taskId);
    record.fields.put("at", at.toString());
    if (adopted) {
      record.fields.put("adopted", true);
    }
    return record;
  }

  /** The API refused the input itself (an invalid value): its result, a failure without a task. */
  static JournalRecord rejected(BatchInput input, int attempt, Integer code, String message) {
    JournalRecord record = ofInput(ENDED, input, attempt);
    record.fields.put("taskId", null);
    record.fields.put("status", "failed");
    record.fields.put("final", true);
    record.fields.put("failureCode", code);
    record.fields.put("failureMessage", "the API refused the start: " + message);
    return record;
  }

  /** The task ended; {@code isFinal} unless it is retried. Downloads add to it ({@link #downloaded}). */
  static JournalRecord ended(BatchInput input, int attempt, String taskId, TaskEnd end, boolean isFinal) {
    JournalRecord record = ofInput(ENDED, input, attempt);
    record.fields.put("taskId", taskId);
    record.fields.put("status", end.status);
    record.fields.put("final", isFinal);
    record.fields.put("output", end.output);
    record.fields.put("credits", end.credits);
    record.fields.put("failureCode", end.failureCode);
    record.fields.put("failureMessage", end.failureMessage);
    return record;
  }

  /** Adds the task's downloaded files (local paths) to an {@code ended} record, and why some are missing. */
  void downloaded(List<String> paths, String error) {
    fields.put("files", paths);
    if (error != null) {
      fields.put("downloadError", error);
    }
  }

  private static JournalRecord ofInput(String type, BatchInput input, int attempt) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("key", input.key());
    fields.put("attempt", attempt);
    return new JournalRecord(type, fields);
  }

  /** @return the target the {@code batch} record names; one that names none fails as a blank workflow id */
  BatchTarget target() {
    return BatchTarget.fromJournal(fields);
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

  long credits() {
    Object credits = fields.get("credits");
    return credits instanceof Number ? ((Number) credits).longValue() : 0;
  }

  /** @return the input a {@code starting} record carries, at {@code position} */
  @SuppressWarnings("unchecked")
  BatchInput input(int position) {
    Map<String, String> parameters = new LinkedHashMap<>();
    ((Map<String, Object>) fields.get("input")).forEach((name, value) -> parameters.put(name,
        String.valueOf(value)));
    return BatchInput.of(position, parameters);
  }
}
