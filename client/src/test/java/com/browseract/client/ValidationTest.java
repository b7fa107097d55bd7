package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.RunTemplateTaskRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidationTest extends MockApiTestBase {
  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void blankIdsAreRefused() {
    assertThatThrownBy(() -> client.tasks().get(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("task_id must not be blank");
    assertThatThrownBy(() -> client.tasks().status(null)).hasMessage("task_id must not be blank");
    assertThatThrownBy(() -> client.tasks().stop("")).hasMessage("task_id must not be blank");
    assertThatThrownBy(() -> client.tasks().resumeAsync("")).hasMessage("task_id must not be blank");
    assertThatThrownBy(() -> client.tasks().waitFor("", WaitOptions.defaults())).hasMessage("task_id must not be blank");
    assertThatThrownBy(() -> client.workflows().get("")).hasMessage("workflow_id must not be blank");
    assertThatThrownBy(() -> client.templates().getAsync("\t")).hasMessage("workflow_template_id must not be blank");
    assertThatThrownBy(() -> client.tasks().run(new RunTaskRequest()))
        .hasMessage("workflow_id must not be blank");
    assertThatThrownBy(() -> client.tasks().runTemplate(new RunTemplateTaskRequest()))
        .hasMessage("workflow_template_id must not be blank");
  }

  @Test
  void pageAndLimitAreChecked() {
    assertThatThrownBy(() -> WorkflowListParams.builder().page(0).build()).hasMessage("page must be 1 or more, was 0");
    assertThatThrownBy(() -> WorkflowListParams.builder().limit(0).build())
        .hasMessage("limit must be between 1 and 500, was 0");
    assertThatThrownBy(() -> TemplateListParams.builder().limit(501).build())
        .hasMessage("limit must be between 1 and 500, was 501");
    assertThatThrownBy(() -> TaskListParams.builder().page(-1).build()).hasMessage("page must be 1 or more, was -1");
    assertThatThrownBy(() -> TaskListParams.builder().workflowId(" ").build())
        .hasMessage("workflow_id must not be blank");
    assertThatThrownBy(() -> TaskListParams.builder().createdFrom(java.time.Instant.parse("2026-11-30T10:00:00Z"))
        .createdTo(java.time.Instant.parse("2026-11-30T09:00:00Z")).build())
        .hasMessageStartingWith("created_at_from must not be after created_at_to");
    assertThatThrownBy(() -> client.tasks().list(null)).hasMessage("params must not be null");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void callbackUrlsAreChecked() {
    String tooLong = "https://example.com/" + "a".repeat(2048);
    assertThatThrownBy(() -> client.tasks().run(new RunTaskRequest().workflowId("wf").callbackUrl(tooLong)))
        .hasMessage("callback_url must be at most 2048 characters, was 2068");
    assertThatThrownBy(() -> client.tasks().run(new RunTaskRequest().workflowId("wf")
        .statusChangeCallbackUrl("ftp://example.com/x")))
        .hasMessage("status_change_callback_url must use http or https, was ftp");
    assertThatThrownBy(() -> client.tasks().runTemplateAsync(new RunTemplateTaskRequest()
        .workflowTemplateId("tpl").callbackUrl("not a url")))
        .hasMessageStartingWith("callback_url is not a valid URL");
    assertThatThrownBy(() -> client.tasks().run(new RunTaskRequest().workflowId("wf")
        .callbackUrl("/relative/path")))
        .hasMessageContaining("absolute http(s) URL");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRefusedCallbackUrlIsNotRepeatedInTheMessageSinceItsPathMayBeASecret() {
    for (String url : List.of("ftp://example.com/hooks/SECRET-PATH", "https:///SECRET-PATH",
        "https://exa mple.com/SECRET-PATH", "https://user:SECRET-PATH@ex ample.com/")) {
      assertThatThrownBy(() -> WaitOptions.builder().callbackUrl(url).build())
          .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("SECRET-PATH");
    }
  }

  @Test
  void aCallbackUrlMayHaveAnInternationalisedHostName() {
    assertThat(Validation.httpUrl("callbackUrl", "https://bücher.example:8443/häks?a=b").toString())
        .isEqualTo("https://xn--bcher-kva.example:8443/h%C3%A4ks?a=b");
    assertThat(WaitOptions.builder().callbackUrl("https://bücher.example/hooks").build().callbackUrl())
        .hasValue("https://bücher.example/hooks");
    assertThatThrownBy(() -> Validation.httpUrl("callbackUrl", "https://-/x"))
        .hasMessage("callbackUrl has no valid host name");
  }

  @Test
  void waitOptionsAreChecked() {
    assertThatThrownBy(() -> WaitOptions.builder().timeout(java.time.Duration.ZERO).build())
        .hasMessage("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> PollSchedule.builder().multiplier(0.5).build())
        .hasMessage("multiplier must be 1 or more, was 0.5");
    assertThatThrownBy(() -> PollSchedule.builder().initialInterval(java.time.Duration.ofSeconds(20)).build())
        .hasMessageContaining("must not be shorter than initialInterval");
    assertThatThrownBy(() -> PollSchedule.builder().capShare(1.5).build())
        .hasMessage("capShare must be between 0 and 1, was 1.5");
    assertThatThrownBy(() -> WaitOptions.builder().callbackUrl("hooks.example.com/x").build())
        .hasMessage("callbackUrl must be an absolute http(s) URL with a host, such as https://hooks.example.com");
    assertThatThrownBy(() -> PollSchedule.builder().safetyInterval(java.time.Duration.ofSeconds(-1)).build())
        .hasMessage("safetyInterval must be positive, was PT-1S");
    WaitOptions hooked = WaitOptions.builder().callbackUrl("https://hooks.example.com/secret-token")
        .pollSchedule(PollSchedule.builder().safetyInterval(java.time.Duration.ofMinutes(2)).build()).build();
    assertThat(hooked.toBuilder().build()).isEqualTo(hooked);
    assertThat(hooked.toString()).doesNotContain("secret-token").contains("callbackUrl=set");
    assertThat(WaitOptions.defaults().callbackUrl()).isEmpty();
    assertThat(WaitOptions.defaults().pollSchedule().safetyInterval()).isEqualTo(java.time.Duration.ofMinutes(3));
    assertThat(hooked.pollSchedule().toBuilder().build()).isEqualTo(hooked.pollSchedule());
  }
}
