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

    page.items().forEach(item -> Spec.assertHasRequiredFields(item, "WorkflowTaskSimpleResponse"));
    client.tasks().list(TaskListParams.all());
  }

  @Test
  void stopTaskWithAndWithoutBizCode() {
    assertThat(client.tasks().stop("90183340215371521", 101)).isEqualTo(StopOutcome.STOPPED);
    assertThat(client.tasks().stop("90183340215371521")).isEqualTo(StopOutcome.STOPPED);
  }

  @Test
  void resumeTask() {
    client.tasks().resume("90183340215371521");
  }

  @Test
  void listAndGetWorkflows() {
    client.workflows().list(WorkflowListParams.builder().page(1).limit(20).build()).items().forEach(w -> Spec.assertHasRequiredFields(w, "ApiWorkflowDto"));
    Spec.assertHasRequiredFields(client.workflows().get("77638424152140851"), "ApiWorkflowConfigDto");
  }

  @Test
  void listAndGetTemplates() {
    client.templates().list(TemplateListParams.builder().keyword("amazon").page(1).limit(1).build()).items()
        .forEach(t -> Spec.assertHasRequiredFields(t, "WorkflowTemplateDto"));
    client.templates().list(TemplateListParams.builder().page(2).limit(500).build());
    Spec.assertHasRequiredFields(client.templates().get("tpl_123456789"), "ApiWorkflowTemplateConfigDto");
  }

  @Test
  void listRegions() {
    client.regions().list().forEach(r -> Spec.assertHasRequiredFields(r, "SysRegionSimpleView"));
  }

  @Test
  void asyncFormsReachTheSameEndpoints() {
    assertThat(client.tasks().getAsync("90183340215371521").join().getId()).isNotBlank();
    assertThat(client.regions().listAsync().join()).isEqualTo(client.regions().list());
    WorkflowListParams five = WorkflowListParams.builder().limit(5).build();
    assertThat(client.workflows().listAsync(five).join().items()).isEqualTo(client.workflows().list(five).items());
  }
}
