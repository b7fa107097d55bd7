package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
  @Test
  void modelJsonUsesWireNamesAndKeepsLongIds() {
    Task task = new Task().id("77638424152140851").workflowId("wf").status(TaskStatus.FINISHED)
        .createdAt(OffsetDateTime.parse("2026-11-20T09:00:00Z"));

    assertThat(ModelJson.toJson(task)).contains("\"id\":\"77638424152140851\"")
        .contains("\"workflow_id\":\"wf\"").contains("\"status\":\"finished\"")
        .contains("\"created_at\":\"2026-11-20T09:00Z\"");
    assertThat(ModelJson.toPrettyJson(List.of(1))).isEqualTo("[\n  1\n]");
  }
}
