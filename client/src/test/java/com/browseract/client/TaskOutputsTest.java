package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskOutputsTest {
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
}
