package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.model.RunWorkflowTaskRequest;
import com.browseract.client.model.RunWorkflowTemplateTaskRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidationTest extends MockApiTest {
  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void blankIdsAreRefused() {
    assertThatThrownBy(() -> client.tasks().get(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("taskId must not be blank");
    assertThatThrownBy(() -> client.tasks().status(null)).hasMessage("taskId must not be blank");
    assertThatThrownBy(() -> client.tasks().stop("")).hasMessage("taskId must not be blank");
    assertThatThrownBy(() -> client.tasks().resumeAsync("")).hasMessage("taskId must not be blank");
    assertThatThrownBy(() -> client.tasks().waitFor("", WaitOptions.defaults())).hasMessage("taskId must not be blank");
    assertThatThrownBy(() -> client.workflows().get("")).hasMessage("workflowId must not be blank");
    assertThatThrownBy(() -> client.templates().getAsync("\t")).hasMessage("templateId must not be blank");
    assertThatThrownBy(() -> client.tasks().run(new RunWorkflowTaskRequest()))
        .hasMessage("workflow_id must not be blank");
    assertThatThrownBy(() -> client.tasks().runTemplate(new RunWorkflowTemplateTaskRequest()))
        .hasMessage("workflow_template_id must not be blank");
  }

  @Test
  void pageAndLimitAreChecked() {
    assertThatThrownBy(() -> client.workflows().list(0, 10)).hasMessage("page must be 1 or more, was 0");
    assertThatThrownBy(() -> client.workflows().list(1, 0)).hasMessage("limit must be between 1 and 500, was 0");
    assertThatThrownBy(() -> client.templates().list(null, 1, 501))
        .hasMessage("limit must be between 1 and 500, was 501");
    assertThatThrownBy(() -> ListTasksRequest.builder().page(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.templates().listAll(null, 1000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callbackUrlsAreChecked() {
    String tooLong = "https://example.com/" + "a".repeat(2048);
    assertThatThrownBy(() -> client.tasks().run(new RunWorkflowTaskRequest().workflowId("wf").callbackUrl(tooLong)))
        .hasMessage("callback_url must be at most 2048 characters, was 2068");
    assertThatThrownBy(() -> client.tasks().run(new RunWorkflowTaskRequest().workflowId("wf")
        .statusChangeCallbackUrl("ftp://example.com/x")))
        .hasMessage("status_change_callback_url must use http or https, was ftp://example.com/x");
    assertThatThrownBy(() -> client.tasks().runTemplateAsync(new RunWorkflowTemplateTaskRequest()
        .workflowTemplateId("tpl").callbackUrl("not a url")))
        .hasMessageStartingWith("callback_url is not a valid URL");
    assertThatThrownBy(() -> client.tasks().run(new RunWorkflowTaskRequest().workflowId("wf")
        .callbackUrl("/relative/path")))
        .hasMessageContaining("absolute http(s) URL");
  }

  @Test
  void waitOptionsAreChecked() {
    assertThatThrownBy(() -> WaitOptions.builder().timeout(java.time.Duration.ZERO).build())
        .hasMessage("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> WaitOptions.builder().pollMultiplier(0.5).build())
        .hasMessage("pollMultiplier must be 1 or more, was 0.5");
    assertThatThrownBy(() -> WaitOptions.builder().initialPollInterval(java.time.Duration.ofSeconds(20)).build())
        .hasMessageContaining("must not be shorter than initialPollInterval");
  }
}
