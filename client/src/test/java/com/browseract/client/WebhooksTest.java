package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import org.junit.jupiter.api.Test;

/** {@link Webhooks#parseTask(String)}; routing callbacks to waits is in {@link WebhookWaitTest}. */
class WebhooksTest {
  @Test
  void webhookBodyParsesLikeGetTask() {
    Task task = Webhooks.parseTask("{\"id\":\"90183340215371521\",\"status\":\"finished\","
        + "\"steps\":[],\"new_field\":1}");

    assertThat(task.getId()).isEqualTo("90183340215371521");
    assertThat(task.getStatus()).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  void webhookRejectsBodiesThatAreNotTasks() {
    assertThatThrownBy(() -> Webhooks.parseTask("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Webhooks.parseTask("{\"status\":\"finished\"}")).hasMessageContaining("no task id");
    assertThatThrownBy(() -> Webhooks.parseTask("[1,2]")).hasMessageContaining("not a task");
  }
}
