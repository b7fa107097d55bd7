package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.model.TaskStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskListParamsTest extends MockApiTestBase {
  @Test
  void everyFilterIsSentUnderItsWireName() throws Exception {
    server.enqueue(json(200, "{\"page\":1,\"items\":[]}"));

    client.tasks().list(TaskListParams.builder().status(TaskStatus.RUNNING).workflowId("wf").workflowName("Shop scr")
        .createdFrom(Instant.parse("2026-11-30T08:00:00Z")).createdTo(Instant.parse("2026-11-30T09:30:00.5Z"))
        .page(2).limit(50).build());

    okhttp3.HttpUrl url = server.takeRequest().getRequestUrl();
    assertThat(url.queryParameterNames()).containsExactly("status", "page", "limit", "workflow_id", "workflow_name",
        "created_at_from", "created_at_to");
    assertThat(url.queryParameter("status")).isEqualTo("running");
    assertThat(url.queryParameter("workflow_name")).isEqualTo("Shop scr");
    assertThat(url.queryParameter("created_at_from")).isEqualTo("2026-11-30T08:00:00Z");
    assertThat(url.queryParameter("created_at_to")).isEqualTo("2026-11-30T09:30:00.500Z");
  }

  @Test
  void noFilterSendsNoParameter() throws Exception {
    server.enqueue(json(200, "{\"page\":1,\"items\":[]}"));

    assertThat(client.tasks().listAsync(TaskListParams.all()).get().items()).isEmpty();

    assertThat(server.takeRequest().getPath()).isEqualTo("/v2/workflow/list-tasks");
  }

  @Test
  void toBuilderKeepsEveryValue() {
    TaskListParams params = TaskListParams.builder().workflowName("x").createdFrom(Instant.EPOCH).limit(3).build();

    assertThat(params.toBuilder().build().toString()).isEqualTo(params.toString())
        .isEqualTo("TaskListParams{limit=3, workflow_name=x, created_at_from=1970-01-01T00:00:00Z}");
  }
}
