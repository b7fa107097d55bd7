package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import com.browseract.client.DownloadedFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the one {@link BatchEngine} needs of an API version: start a task for an input, read its status and its end,
 * list the tasks created since a moment (to reconcile unanswered starts and watch running ones), cancel one, the
 * target's declared inputs, and its files. v2 ({@link WorkflowDialect}) and v3 ({@link BotDialect}) each give one;
 * the journal, the schedule and every decision stay in the engine.
 */
abstract class BatchDialect {
  final BatchTarget target;
  private final Map<Call, String> operations = new EnumMap<>(Call.class);

  /** @param operations the operation ids of START, STATUS, DETAIL and LIST, in that order */
  BatchDialect(BatchTarget target, String... operations) {
    this.target = target;
    for (Call call : Call.values()) {
      this.operations.put(call, operations[call.ordinal()]);
    }
  }

  static BatchDialect of(BatchTarget target) {
    return target.isBot() ? new BotDialect(target) : new WorkflowDialect(target);
  }

  /** The calls whose answers the engine's unreadable-answer bookkeeping tells apart. */
  enum Call { START, STATUS, DETAIL, LIST }

  /** The API's operation id of a call. */
  final String operation(Call call) {
    return operations.get(call);
  }

  /**
   * Starts a task for {@code input}, refusals by the plan's limit handed back at once; returns its id.
   *
   * @param callbackUrl the task's {@code callback_url} and {@code status_change_callback_url}, or null for none
   */
  abstract String start(BrowserAct api, BatchInput input, String callbackUrl);

  /** Whether the task has ended, by its status. */
  abstract boolean ended(BrowserAct api, String taskId);

  /** How the task ended, from a full read. */
  abstract TaskEnd end(BrowserAct api, String taskId);

  /** Hands each task of one list page created at or after {@code from} to {@code each}; true when more follow. */
  abstract boolean listPage(BrowserAct api, Instant from, int page, Consumer<Listed> each);

  abstract void cancel(BrowserAct api, String taskId);

  /** The input names the target declares; empty when it declares none the SDK can read. */
  abstract Set<String> declaredInputs(BrowserAct api);

  /** Downloads the ended task's files into {@code directory}. */
  abstract List<DownloadedFile> download(BrowserAct api, String taskId, Path directory);
}
