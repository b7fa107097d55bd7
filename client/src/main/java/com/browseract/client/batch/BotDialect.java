package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import com.browseract.client.DownloadOptions;
import com.browseract.client.DownloadedFile;
import com.browseract.client.Page;
import com.browseract.client.RunListParams;
import com.browseract.client.RunOptions;
import com.browseract.client.internal.schema.InputTyping;
import com.browseract.client.internal.schema.JsonText;
import com.browseract.client.v3.model.CreateRunRequest;
import com.browseract.client.v3.model.CreateTemplateRunRequest;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunStatus;
import com.browseract.client.v3.model.RunSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * v3's batch dialect: runs of a bot or of a bot template. An input's values are sent as the run's {@code input}
 * object; the run list filters by {@code bot_id} and {@code created_at_from}. A listed run that ended is read once
 * more for its output (the list items of v3 carry none).
 */
final class BotDialect extends BatchDialect {
  static final int PAGE_SIZE = 100;

  // Read once, at the first start: a batch's inputs arrive as text, the bot's input_schema types them.
  private volatile InputTyping typing;

  BotDialect(BatchTarget target) {
    super(target, target.isTemplate() ? "createTemplateRun" : "createRun", "queryRunStatus", "queryRun", "pageRuns");
  }

  @Override
  String start(BrowserAct api, BatchInput input, String callbackUrl) {
    Map<String, Object> values = typing(api).values(input.parameters());
    if (target.isTemplate()) {
      return api.bots().runTemplate(target.id(), new CreateTemplateRunRequest().input(values)
          .callbackUrl(callbackUrl).statusChangeCallbackUrl(callbackUrl), RunOptions.refusalsAtOnce()).getTaskId();
    }
    return api.bots().run(target.id(), new CreateRunRequest().input(values).callbackUrl(callbackUrl)
        .statusChangeCallbackUrl(callbackUrl), RunOptions.refusalsAtOnce()).getTaskId();
  }

  @Override
  boolean ended(BrowserAct api, String taskId) {
    return isEnd(api.runs().status(taskId));
  }

  private static boolean isEnd(RunStatus status) {
    return status == RunStatus.FINISHED || status == RunStatus.FAILED || status == RunStatus.CANCELED;
  }

  @Override
  TaskEnd end(BrowserAct api, String taskId) {
    return TaskEnd.of(api.runs().get(taskId));
  }

  /** Its bot's runs (any, for a template: the list cannot filter by template). */
  @Override
  boolean listPage(BrowserAct api, Instant from, int page, Consumer<Listed> each) {
    RunListParams.Builder params = RunListParams.builder().createdFrom(from).page(page).limit(PAGE_SIZE);
    if (!target.isTemplate()) {
      params.botId(target.id());
    }
    Page<RunSummary> answer = api.runs().list(params.build());
    for (RunSummary run : answer.items()) {
      each.accept(new Listed(run.getTaskId(), run.getCreatedAt() == null ? null : run.getCreatedAt().toInstant(),
          isEnd(run.getStatus()), null, input -> sameInput(api, run.getInput(), input)));
    }
    return answer.hasNext() && !answer.items().isEmpty();
  }

  /** The run's input holds exactly the batch input's names, each with the value its start sent. */
  private boolean sameInput(BrowserAct api, Map<String, Object> listed, BatchInput input) {
    if (listed == null || !listed.keySet().equals(input.parameters().keySet())) {
      return false;
    }
    Map<String, Object> sent;
    try {
      sent = typing(api).values(input.parameters());
    } catch (IllegalArgumentException neverSent) {
      return false;
    }
    return JsonText.whole(listed).equals(JsonText.whole(sent));
  }

  @Override
  void cancel(BrowserAct api, String taskId) {
    api.runs().cancel(taskId);
  }

  /**
   * How an input's texts become the run's JSON values: a number property gets a number, a boolean a boolean, an
   * array or object property its JSON text read (see {@link InputTyping}).
   */
  private InputTyping typing(BrowserAct api) {
    InputTyping known = typing;
    if (known == null) {
      known = InputTyping.of(inputSchema(api)).jsonText();
      typing = known;
    }
    return known;
  }

  private Map<String, Object> inputSchema(BrowserAct api) {
    return target.isTemplate() ? api.bots().templates().get(target.id()).getInputSchema()
        : api.bots().get(target.id()).getInputSchema();
  }

  /** The top-level properties of the bot's (or template's) {@code input_schema}. */
  @Override
  Set<String> declaredInputs(BrowserAct api) {
    Map<String, Object> schema = inputSchema(api);
    Object properties = schema == null ? null : schema.get("properties");
    Set<String> names = new LinkedHashSet<>();
    if (properties instanceof Map) {
      ((Map<?, ?>) properties).keySet().forEach(name -> names.add(String.valueOf(name)));
    }
    return names;
  }

  /** Its {@code download_files}, then its result file in each format of {@code output_files}. */
  @Override
  List<DownloadedFile> download(BrowserAct api, String taskId, Path directory) {
    Run run = api.runs().get(taskId);
    List<DownloadedFile> written = new ArrayList<>(api.files().download(run, directory,
        DownloadOptions.overwrite(true)));
    if (run.getOutputFiles() != null) {
      for (String format : run.getOutputFiles().keySet()) {
        written.add(api.files().downloadOutput(run, format, directory, DownloadOptions.overwrite(true)));
      }
    }
    return written;
  }
}
