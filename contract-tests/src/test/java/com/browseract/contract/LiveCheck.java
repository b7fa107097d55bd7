package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import com.browseract.client.TaskListParams;
import com.browseract.client.TemplateListParams;
import com.browseract.client.WorkflowListParams;
import com.browseract.client.errors.ApiException;
import com.browseract.client.model.TaskSummary;
import com.browseract.client.model.WorkflowSummary;
import com.browseract.client.model.WorkflowTemplateSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code make contract-live} does against the real API, through a validating Prism proxy: every read-only
 * operation once (the lists; get-task and get-task-status of the newest listed task; get-workflow and
 * get-official-workflow-template of the first listed) and one deliberate error that costs nothing (get-task of an
 * id that cannot exist), so the real error envelope is validated too. Starts no task.
 */
final class LiveCheck {
  static final String IMPOSSIBLE_TASK_ID = "0";

  private final String upstream;
  private final String apiKey;
  private final Path recordTo;

  /**
   * @param recordTo a folder to save every answer in, named as {@link RecordedAnswer} reads them; or null
   */
  LiveCheck(String upstream, String apiKey, Path recordTo) {
    this.upstream = upstream;
    this.apiKey = apiKey;
    this.recordTo = recordTo;
  }

  /** @return the answers that differ from the spec, as "METHOD /path: violations"; empty when all match */
  List<String> run() {
    ContractClient.RESPONSE_VIOLATIONS.clear();
    try (Prism proxy = Prism.proxy(upstream);
        BrowserAct client = ContractClient.create(proxy.baseUrl(), null, 2, new AnswerRecorder(Spec.V2, recordTo))
            .toBuilder().apiKey(apiKey).build()) {
      client.regions().list();
      List<WorkflowSummary> workflows = client.workflows().list(WorkflowListParams.builder().limit(5).build()).items();
      List<WorkflowTemplateSummary> templates = client.templates().list(TemplateListParams.builder().limit(5).build()).items();
      List<TaskSummary> tasks = client.tasks().list(TaskListParams.builder().limit(5).build()).items();
      if (!tasks.isEmpty()) {
        client.tasks().get(tasks.get(0).getId());
        client.tasks().status(tasks.get(0).getId());
      }
      if (!workflows.isEmpty()) {
        client.workflows().get(workflows.get(0).getId());
      }
      if (!templates.isEmpty()) {
        client.templates().get(templates.get(0).getTemplateId());
      }
      try {
        client.tasks().get(IMPOSSIBLE_TASK_ID);
        throw new AssertionError("get-task of id " + IMPOSSIBLE_TASK_ID + " answered a task");
      } catch (ApiException expected) {
        assertThat(expected.code()).as("code of the error envelope: %s", expected.bodySnippet()).isNotNull();
        assertThat(expected.msg()).as("msg of the error envelope: %s", expected.bodySnippet()).isNotBlank();
        assertThat(expected.traceId()).as("traceId of the error envelope: %s", expected.bodySnippet()).isNotBlank();
      }
    }
    return new ArrayList<>(ContractClient.RESPONSE_VIOLATIONS);
  }


  /** The operations this check reaches, for the stand-in test to serve. */
  static final Map<String, String> OPERATIONS = Map.of(
      "GET /v2/workflow/get-region-list", "getRegionList",
      "GET /v2/workflow/list-workflows", "getWorkflowList",
      "GET /v2/workflow/list-official-workflow-templates", "getWorkflowTemplates",
      "GET /v2/workflow/list-tasks", "pageTasks",
      "GET /v2/workflow/get-task", "getTask",
      "GET /v2/workflow/get-task-status", "getTaskStatus",
      "GET /v2/workflow/get-workflow", "getWorkflowConfig",
      "GET /v2/workflow/get-official-workflow-template", "getWorkflowTemplateConfig");
}
