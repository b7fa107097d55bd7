package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import com.browseract.client.StopOutcome;
import com.browseract.client.TaskListParams;
import com.browseract.client.TemplateListParams;
import com.browseract.client.WorkflowListParams;
import com.browseract.client.Page;
import com.browseract.client.WaitOptions;
import com.browseract.client.model.InputParameter;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.RunTemplateTaskRequest;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every operation through the wrapper against the static mock: valid requests, complete answers. */
@Order(1)
@ExtendWith(PrismExtension.class)
class OperationsContractTest {
  private BrowserAct client;
  private int violationsBefore;

  @BeforeEach
  void connect(PrismExtension.MockUrl mock) {
    client = ContractClient.create(mock.value);
    violationsBefore = ContractClient.REQUEST_VIOLATIONS.size();
  }

  @AfterEach
  void noRequestViolations() {
    client.close();
    assertThat(ContractClient.REQUEST_VIOLATIONS.subList(violationsBefore, ContractClient.REQUEST_VIOLATIONS.size()))
        .as("requests Prism found invalid").isEmpty();
  }

  @Test
  void runTaskWithEveryOption() {
    var created = client.tasks().run(new RunTaskRequest().workflowId("77638424152140851")
        .inputParameters(List.of(new InputParameter().name("keyword").value("laptops"),
            new InputParameter().name("max_items").value("50")))
        .saveBrowserData(true).profileId("profile_abc123")
        .callbackUrl("https://hooks.example.com/done")
        .statusChangeCallbackUrl("https://hooks.example.com/status"));

    Spec.assertHasRequiredFields(created, "TaskCreatedResponse");
    assertThat(created.getId()).isNotBlank();
  }

  @Test
  void runTemplateTaskWithEveryOption() {
    var created = client.tasks().runTemplate(new RunTemplateTaskRequest().workflowTemplateId("tpl_1")
        .proxyRegion("US").inputParameters(List.of(new InputParameter().name("url").value("https://example.com")))
        .callbackUrl("https://hooks.example.com/done").statusChangeCallbackUrl("https://hooks.example.com/s"));

    Spec.assertHasRequiredFields(created, "TaskCreatedResponse");
  }

  @Test
  void getTaskStatus() {
    assertThat(client.tasks().status("90183340215371521")).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  void getTask() {
    Task task = client.tasks().get("90183340215371521");

    Spec.assertHasRequiredFields(task, "WorkflowTaskResponse");
    assertThat(task.getSteps()).isNotNull();
  }

  @Test
  void waitForSeesTheMockedTaskFinish() {
    Task task = client.tasks().waitFor("90183340215371521",
        WaitOptions.builder().timeout(Duration.ofSeconds(10)).build());

    assertThat(task.getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(task.getOutput().getString()).contains("Laptop");
  }

  @Test
  void listTasksWithEveryFilter() {
    Page<TaskSummary> page = client.tasks().list(TaskListParams.builder()
        .status(TaskStatus.RUNNING).workflowId("77638424152140851").workflowName("Shop search")
        .createdFrom(Instant.parse("2026-11-20T00:00:00Z")).createdTo(Instant.parse("2026-11-30T23:59:59Z"))
        .page(1).limit(500).build());

    assertThat(page.items()).as("the mock's example lists tasks").isNotEmpty();
    page.items().forEach(item -> Spec.assertHasRequiredFields(item, "WorkflowTaskSimpleResponse"));
    assertThat(client.tasks().list(TaskListParams.all()).items()).isNotEmpty();
  }

  @Test
  void stopTaskWithAndWithoutBizCode() {
    assertThat(client.tasks().stop("90183340215371521", 101)).isEqualTo(StopOutcome.STOPPED);
    assertThat(client.tasks().stop("90183340215371521")).isEqualTo(StopOutcome.STOPPED);
  }

  @Test
  void resumeTask(PrismExtension.MockUrl mock) {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (BrowserAct observed = ContractClient.create(mock.value, null, 0, chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      seen.add(chain.request().method() + " " + chain.request().url().encodedPath() + "?"
          + chain.request().url().encodedQuery() + " -> " + response.code());
      return response;
    })) {
      observed.tasks().resume("90183340215371521");
    }

    assertThat(seen).containsExactly("PUT /v2/workflow/resume-task?task_id=90183340215371521 -> 200");
  }

  @Test
  void listAndGetWorkflows() {
    List<?> workflows = client.workflows().list(WorkflowListParams.builder().page(1).limit(20).build()).items();
    assertThat(workflows).as("the mock's example lists workflows").isNotEmpty();
    workflows.forEach(w -> Spec.assertHasRequiredFields(w, "ApiWorkflowDto"));
    Spec.assertHasRequiredFields(client.workflows().get("77638424152140851"), "ApiWorkflowConfigDto");
  }

  @Test
  void listAndGetTemplates() {
    List<?> templates = client.templates().list(TemplateListParams.builder().keyword("amazon").page(1).limit(1).build())
        .items();
    assertThat(templates).as("the mock's example lists templates").isNotEmpty();
    templates.forEach(t -> Spec.assertHasRequiredFields(t, "WorkflowTemplateDto"));
    client.templates().list(TemplateListParams.builder().page(2).limit(500).build());
    Spec.assertHasRequiredFields(client.templates().get("tpl_123456789"), "ApiWorkflowTemplateConfigDto");
  }

  @Test
  void listRegions() {
    List<?> regions = client.regions().list();
    assertThat(regions).as("the mock's example lists regions").isNotEmpty();
    regions.forEach(r -> Spec.assertHasRequiredFields(r, "SysRegionSimpleView"));
  }

  @Test
  void asyncFormsReachTheSameEndpoints() {
    assertThat(client.tasks().getAsync("90183340215371521").join().getId()).isNotBlank();
    assertThat(client.regions().listAsync().join()).isEqualTo(client.regions().list());
    WorkflowListParams five = WorkflowListParams.builder().limit(5).build();
    assertThat(client.workflows().listAsync(five).join().items()).isEqualTo(client.workflows().list(five).items());
  }
}
