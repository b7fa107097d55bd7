package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import com.browseract.client.ListTasksRequest;
import com.browseract.client.Page;
import com.browseract.client.WaitOptions;
import com.browseract.client.model.InputParamItemDto;
import com.browseract.client.model.RunWorkflowTaskRequest;
import com.browseract.client.model.RunWorkflowTemplateTaskRequest;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.WorkflowTaskResponse;
import com.browseract.client.model.WorkflowTaskSimpleResponse;
import java.time.Duration;
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
    var created = client.tasks().run(new RunWorkflowTaskRequest().workflowId("77638424152140851")
        .inputParameters(List.of(new InputParamItemDto().name("keyword").value("laptops"),
            new InputParamItemDto().name("max_items").value("50")))
        .saveBrowserData(true).profileId("profile_abc123")
        .callbackUrl("https://hooks.example.com/done")
        .statusChangeCallbackUrl("https://hooks.example.com/status"));

    Spec.assertHasRequiredFields(created, "TaskCreatedResponse");
    assertThat(created.getId()).isNotBlank();
  }

  @Test
  void runTemplateTaskWithEveryOption() {
    var created = client.tasks().runTemplate(new RunWorkflowTemplateTaskRequest().workflowTemplateId("tpl_1")
        .proxyRegion("US").inputParameters(List.of(new InputParamItemDto().name("url").value("https://example.com")))
        .callbackUrl("https://hooks.example.com/done").statusChangeCallbackUrl("https://hooks.example.com/s"));

    Spec.assertHasRequiredFields(created, "TaskCreatedResponse");
  }

  @Test
  void getTaskStatus() {
    assertThat(client.tasks().status("90183340215371521")).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  void getTask() {
    WorkflowTaskResponse task = client.tasks().get("90183340215371521");

    Spec.assertHasRequiredFields(task, "WorkflowTaskResponse");
    assertThat(task.getSteps()).isNotNull();
  }

  @Test
  void waitForSeesTheMockedTaskFinish() {
    WorkflowTaskResponse task = client.tasks().waitFor("90183340215371521",
        WaitOptions.builder().timeout(Duration.ofSeconds(10)).build());

    assertThat(task.getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(task.getOutput().getString()).contains("Laptop");
  }

  @Test
  void listTasksWithEveryFilter() {
    Page<WorkflowTaskSimpleResponse> page = client.tasks().list(ListTasksRequest.builder()
        .status(TaskStatus.RUNNING).workflowId("77638424152140851").page(1).limit(500).build());

    page.items().forEach(item -> Spec.assertHasRequiredFields(item, "WorkflowTaskSimpleResponse"));
    client.tasks().list(ListTasksRequest.all());
  }

  @Test
  void stopTaskWithAndWithoutBizCode() {
    client.tasks().stop("90183340215371521", 101);
    client.tasks().stop("90183340215371521");
  }

  @Test
  void resumeTask() {
    client.tasks().resume("90183340215371521");
  }

  @Test
  void listAndGetWorkflows() {
    client.workflows().list(1, 20).items().forEach(w -> Spec.assertHasRequiredFields(w, "ApiWorkflowDto"));
    Spec.assertHasRequiredFields(client.workflows().get("77638424152140851"), "ApiWorkflowConfigDto");
  }

  @Test
  void listAndGetTemplates() {
    client.templates().list("amazon", 1, 1).items()
        .forEach(t -> Spec.assertHasRequiredFields(t, "WorkflowTemplateDto"));
    client.templates().list(null, 2, 500);
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
    assertThat(client.workflows().listAsync(1, 5).join().items()).isEqualTo(client.workflows().list(1, 5).items());
  }
}
