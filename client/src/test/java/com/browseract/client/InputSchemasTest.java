package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A run's input is checked against its bot's input_schema, read once per client, before anything is started. */
class InputSchemasTest extends MockApiTest {
  private static final String BOT = "{\"bot_id\":\"b1\",\"input_schema\":{\"type\":\"object\","
      + "\"properties\":{\"keyword\":{\"type\":\"string\"},\"max_items\":{\"type\":\"integer\",\"maximum\":100}},"
      + "\"required\":[\"keyword\"],\"additionalProperties\":false}}";
  private static final String STARTED = "{\"task_id\":\"r1\",\"status\":\"created\"}";

  @Test
  void aMatchingInputIsSentAndTheSchemaIsReadOnce() throws Exception {
    server.enqueue(json(200, BOT));
    server.enqueue(json(200, STARTED));
    server.enqueue(json(200, STARTED));

    client.bots().run("b1", Map.of("keyword", "laptops", "max_items", 20));
    client.bots().runAsync("b1", Map.of("keyword", "pens")).get(5, TimeUnit.SECONDS);

    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/b1");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/b1/runs");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/b1/runs");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aMismatchNamesTheFieldAndSendsNothing() {
    server.enqueue(json(200, BOT));

    assertThatThrownBy(() -> client.bots().run("b1", Map.of("keyword", "laptops", "max_items", 500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("input does not match the "
            + "input_schema of bot b1: ").hasMessageContaining("max_items");
    assertThatThrownBy(() -> client.bots().run("b1", Map.of("max_items", 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyword");
    assertThat(server.getRequestCount()).isEqualTo(1); // the schema, once; no start
  }

  @Test
  void anAsyncMismatchFailsTheFutureAndSendsNothing() {
    server.enqueue(json(200, BOT));

    assertThatThrownBy(() -> client.bots().runAsync("b1", Map.of("keyword", 7)).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keyword");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aTemplatesSchemaIsItsOwn() throws Exception {
    server.enqueue(json(200, "{\"template_id\":\"t1\",\"input_schema\":{\"type\":\"object\",\"required\":[\"url\"]}}"));

    assertThatThrownBy(() -> client.bots().runTemplate("t1", Map.of("keyword", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bot template t1")
        .hasMessageContaining("url");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/templates/t1");
  }

  @Test
  void theCheckCanBeSkippedPerStartAndPerClient() throws Exception {
    server.enqueue(json(200, STARTED));
    server.enqueue(json(200, STARTED));

    client.bots().run("b1", new com.browseract.client.v3.model.CreateRunRequest().input(Map.of("anything", 1)),
        RunOptions.defaults().withoutInputCheck());
    try (BrowserAct unchecked = clientBuilder().checkRunInput(false).build()) {
      unchecked.bots().run("b1", Map.of("anything", 1));
    }

    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/b1/runs");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/b1/runs");
  }

  @Test
  void aBotWithoutASchemaIsNotChecked() throws Exception {
    server.enqueue(json(200, "{\"bot_id\":\"b2\"}"));
    server.enqueue(json(200, STARTED));

    client.bots().run("b2", Map.of("anything", 1));

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aMissingBotFailsTypedBeforeAnyStart() {
    server.enqueue(error(400, 10111, "Bot does not exist", "tr-1"));

    assertThatThrownBy(() -> client.bots().run("nope", Map.of("k", "v")))
        .isInstanceOf(com.browseract.client.errors.NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
