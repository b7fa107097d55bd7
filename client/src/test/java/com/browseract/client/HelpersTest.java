package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TaskOutputs} and {@link Webhooks}. */
class HelpersTest {
  static final class Product {
    String name;
    String price;
  }

  private static Task withOutput(String output) {
    return new Task().id("t").output(new TaskOutput().string(output));
  }

  @Test
  void outputParsesAsUntypedJson() {
    Object parsed = TaskOutputs.parse(withOutput("[{\"name\":\"Laptop\",\"price\":\"799\"}]"));

    assertThat(parsed).isEqualTo(List.of(Map.of("name", "Laptop", "price", "799")));
  }

  @Test
  void outputParsesIntoCallerTypes() {
    Product[] products = TaskOutputs.parse(withOutput("[{\"name\":\"Laptop\",\"price\":\"799\",\"extra\":1}]"),
        Product[].class);

    assertThat(products).hasSize(1);
    assertThat(products[0].name).isEqualTo("Laptop");
  }

  @Test
  void missingOrInvalidOutputIsAClearError() {
    assertThatThrownBy(() -> TaskOutputs.parse(new Task().id("t")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Task t has no output.string");
    assertThatThrownBy(() -> TaskOutputs.parse(withOutput("plain text, not json")))
        .isInstanceOf(BrowserActException.class).hasMessageContaining("Output of task t is not JSON");
  }

  @Test
  void webhookBodyParsesLikeGetTask() {
    Task task = Webhooks.parseTask("{\"id\":\"90183340215371521\",\"status\":\"finished\","
        + "\"steps\":[],\"new_field\":1}");

    assertThat(task.getId()).isEqualTo("90183340215371521");
    assertThat(task.getStatus()).isEqualTo(com.browseract.client.model.TaskStatus.FINISHED);
  }

  @Test
  void webhookRejectsBodiesThatAreNotTasks() {
    assertThatThrownBy(() -> Webhooks.parseTask("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Webhooks.parseTask("{\"status\":\"finished\"}")).hasMessageContaining("no task id");
    assertThatThrownBy(() -> Webhooks.parseTask("[1,2]")).hasMessageContaining("not a task");
  }

  @Test
  void modelJsonUsesWireNamesAndKeepsLongIds() {
    Task task = new Task().id("77638424152140851").workflowId("wf")
        .status(com.browseract.client.model.TaskStatus.FINISHED)
        .createdAt(java.time.OffsetDateTime.parse("2026-11-20T09:00:00Z"));

    assertThat(ModelJson.toJson(task)).contains("\"id\":\"77638424152140851\"")
        .contains("\"workflow_id\":\"wf\"").contains("\"status\":\"finished\"")
        .contains("\"created_at\":\"2026-11-20T09:00Z\"");
    assertThat(ModelJson.toPrettyJson(List.of(1))).isEqualTo("[\n  1\n]");
  }
}
