package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import com.browseract.client.DownloadOptions;
import com.browseract.client.DownloadedFile;
import com.browseract.client.Page;
import com.browseract.client.RunOptions;
import com.browseract.client.TaskListParams;
import com.browseract.client.model.InputParameter;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.RunTemplateTaskRequest;
import com.browseract.client.model.TaskSummary;
import com.browseract.client.model.WorkflowInputParameter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** v2's batch dialect: tasks of a workflow or of an official template. */
final class WorkflowDialect extends BatchDialect {
  static final int PAGE_SIZE = 500;

  WorkflowDialect(BatchTarget target) {
    super(target, target.isTemplate() ? "runTemplateTask" : "runTask", "getTaskStatus", "getTask", "pageTasks");
  }

  @Override
  String start(BrowserAct api, BatchInput input, String callbackUrl) {
    List<InputParameter> parameters = new ArrayList<>();
    input.parameters().forEach((name, value) -> parameters.add(new InputParameter().name(name).value(value)));
    if (target.isTemplate()) {
      return api.tasks().runTemplate(new RunTemplateTaskRequest().workflowTemplateId(target.id())
          .inputParameters(parameters).callbackUrl(callbackUrl).statusChangeCallbackUrl(callbackUrl),
          RunOptions.refusalsAtOnce()).getId();
    }
    return api.tasks().run(new RunTaskRequest().workflowId(target.id()).inputParameters(parameters)
        .callbackUrl(callbackUrl).statusChangeCallbackUrl(callbackUrl), RunOptions.refusalsAtOnce()).getId();
  }

  @Override
  boolean ended(BrowserAct api, String taskId) {
    return TaskEnd.isEnd(api.tasks().status(taskId));
  }

  @Override
  TaskEnd end(BrowserAct api, String taskId) {
    return TaskEnd.of(api.tasks().get(taskId));
  }

  /** Its workflow's tasks (any, for a template: the list cannot filter by template). */
  @Override
  boolean listPage(BrowserAct api, Instant from, int page, Consumer<Listed> each) {
    TaskListParams.Builder params = TaskListParams.builder().createdFrom(from).page(page).limit(PAGE_SIZE);
    if (!target.isTemplate()) {
      params.workflowId(target.id());
    }
    Page<TaskSummary> answer = api.tasks().list(params.build());
    for (TaskSummary task : answer.items()) {
      boolean ended = TaskEnd.isEnd(task.getStatus());
      each.accept(new Listed(task.getId(), task.getCreatedAt() == null ? null : task.getCreatedAt().toInstant(),
          ended, ended ? TaskEnd.of(task) : null, input -> InputMatch.matches(task.getInputParameters(), input)));
    }
    return answer.hasNext() && !answer.items().isEmpty();
  }

  @Override
  void cancel(BrowserAct api, String taskId) {
    api.tasks().stop(taskId);
  }

  @Override
  Set<String> declaredInputs(BrowserAct api) {
    List<WorkflowInputParameter> parameters = target.isTemplate()
        ? api.templates().get(target.id()).getInputParameters()
        : api.workflows().get(target.id()).getInputParameters();
    Set<String> names = new LinkedHashSet<>();
    if (parameters != null) {
      parameters.forEach(parameter -> names.add(parameter.getName()));
    }
    return names;
  }

  @Override
  List<DownloadedFile> download(BrowserAct api, String taskId, Path directory) {
    return api.files().download(api.tasks().get(taskId), directory, DownloadOptions.overwrite(true));
  }
}
