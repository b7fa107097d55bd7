package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BusinessCode;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.ServerException;
import com.browseract.client.v3.model.Bot;
import com.browseract.client.v3.model.BotSummary;
import com.browseract.client.v3.model.BotTemplate;
import com.browseract.client.v3.model.BotType;
import com.browseract.client.v3.model.CreateTemplateRunRequest;
import com.browseract.client.v3.model.Region;
import com.browseract.client.v3.model.StartedRun;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

class BotsTest extends MockApiTest {
  /** Starts here are about the calls themselves; {@link InputSchemasTest} covers the input check. */
  @Override
  ClientConfig.Builder clientBuilder() {
    return super.clientBuilder().checkRunInput(false);
  }

  static final class SearchInput {
    final String keyword;
    final int pages;

    SearchInput(String keyword, int pages) {
      this.keyword = keyword;
      this.pages = pages;
    }
  }

  @Test
  void listSendsTheFiltersAndReadsThePage() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"bot_id\":\"b1\",\"bot_type\":\"agent\",\"name\":\"Prices\"}],"
        + "\"page\":2,\"limit\":1,\"total_count\":5,\"total_pages\":5}"));

    Page<BotSummary> page = client.bots().list(BotListParams.builder().botType(BotType.AGENT).keyword("price")
        .page(2).limit(1).build());

    assertThat(page.items()).extracting(BotSummary::getBotId).containsExactly("b1");
    assertThat(page.totalCount()).isEqualTo(5);
    assertThat(page.hasNext()).isTrue();
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots?bot_type=agent&keyword=price&page=2&limit=1");
  }

  @Test
  void listAllReadsEveryPage() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"bot_id\":\"b1\"}],\"page\":1,\"limit\":1,\"total_count\":2,"
        + "\"total_pages\":2}"));
    server.enqueue(json(200, "{\"items\":[{\"bot_id\":\"b2\"}],\"page\":2,\"limit\":1,\"total_count\":2,"
        + "\"total_pages\":2}"));

    List<String> ids = new java.util.ArrayList<>();
    client.bots().listAll(BotListParams.builder().limit(1).build()).forEach(bot -> ids.add(bot.getBotId()));

    assertThat(ids).containsExactly("b1", "b2");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots?page=1&limit=1");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots?page=2&limit=1");
  }

  @Test
  void listLimitsAreTheV3DocumentsAndAreCheckedBeforeSending() {
    assertThatThrownBy(() -> BotListParams.builder().limit(101).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be between 1 and 100, was 101");
    assertThatThrownBy(() -> RunListParams.builder().limit(101).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be between 1 and 100, was 101");
    assertThat(TemplateListParams.builder().limit(500).build().limit()).isEqualTo(500);
    assertThatThrownBy(() -> TemplateListParams.builder().limit(501).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    TemplateListParams longKeyword = TemplateListParams.builder().keyword("k".repeat(201)).build();
    assertThatThrownBy(() -> client.bots().templates().list(longKeyword))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyword must be at most 200");
    assertThatThrownBy(() -> BotListParams.builder().keyword("k".repeat(201)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyword must be at most 200");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getReadsTheBotWithItsSchemas() throws Exception {
    server.enqueue(json(200, "{\"bot_id\":\"b1\",\"bot_type\":\"workflow\",\"name\":\"Prices\","
        + "\"input_schema\":{\"type\":\"object\",\"required\":[\"keyword\"]}}"));

    Bot bot = client.bots().getAsync("b1").get(5, TimeUnit.SECONDS);

    assertThat(bot.getBotType()).isEqualTo(BotType.WORKFLOW);
    assertThat(bot.getInputSchema()).containsEntry("required", List.of("keyword"));
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/b1");
  }

  @Test
  void aMissingBotAndAMissingTemplateAreNotFound() {
    server.enqueue(error(400, 10111, "Bot does not exist", "tr-1"));
    server.enqueue(error(400, 10176, "Template does not exist", "tr-2"));

    assertThatThrownBy(() -> client.bots().get("nope")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.code()).isEqualTo(10111));
    assertThatThrownBy(() -> client.bots().templates().get("nope")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.code()).isEqualTo(10176));
  }

  @Test
  void anUnknownBotTypeFromANewerApiIsReadAsUnknown() {
    server.enqueue(json(200, "{\"bot_id\":\"b1\",\"bot_type\":\"robot\"}"));

    assertThat(client.bots().get("b1").getBotType()).isEqualTo(BotType.UNKNOWN);
  }

  @Test
  void runSendsAMapInputToTheBotsRunsPath() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"r1\",\"status\":\"created\"}"));

    StartedRun started = client.bots().run("b1", Map.of("keyword", "laptops"));

    assertThat(started.getTaskId()).isEqualTo("r1");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v3/bots/b1/runs");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"input\":{\"keyword\":\"laptops\"}}");
  }

  @Test
  void runWritesAnObjectInputWithMoshi() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"r1\",\"status\":\"created\"}"));

    client.bots().runAsync("b1", new SearchInput("laptops", 3)).get(5, TimeUnit.SECONDS);

    assertThat(server.takeRequest().getBody().readUtf8())
        .isEqualTo("{\"input\":{\"keyword\":\"laptops\",\"pages\":3}}");
  }

  @Test
  void anInputThatIsNoJsonObjectIsRefusedBeforeSending() {
    assertThatThrownBy(() -> client.bots().run("b1", List.of("a"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input must be a JSON object");
    assertThatThrownBy(() -> client.bots().run("b1", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input must not be null");
    assertThatThrownBy(() -> client.bots().run(" ", Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bot_id must not be blank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void runTemplateSendsTheProxyRegionToTheTemplatesRunsPath() throws Exception {
    server.enqueue(json(200, "{\"task_id\":\"r2\",\"status\":\"created\"}"));

    client.bots().runTemplate("tpl1", new CreateTemplateRunRequest().input(Map.of("url", "https://a.example"))
        .proxyRegion("us"), RunOptions.defaults());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v3/bots/templates/tpl1/runs");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"input\":{\"url\":\"https://a.example\"},"
        + "\"proxy_region\":\"us\"}");
  }

  @Test
  void aStartIsNeverResentOnceItMayHaveReachedTheServer() {
    server.enqueue(error(500, 99999, "boom", "tr-3"));

    assertThatThrownBy(() -> client.bots().run("b1", Map.of("k", "v"))).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aReadIsRetriedAfterADroppedConnection() throws Exception {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(json(200, "[{\"region\":\"us\",\"name\":\"United States\"}]"));

    List<Region> regions = client.bots().regions();

    assertThat(regions).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void templatesListAndGet() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"template_id\":\"t1\",\"name\":\"Maps\"}],\"page\":1,\"limit\":10,"
        + "\"total_count\":1,\"total_pages\":1}"));
    server.enqueue(json(200, "{\"template_id\":\"t1\",\"name\":\"Maps\",\"input_schema\":{\"type\":\"object\"}}"));

    assertThat(client.bots().templates().list(TemplateListParams.builder().keyword("maps").build()).items())
        .hasSize(1);
    BotTemplate template = client.bots().templates().get("t1");

    assertThat(template.getInputSchema()).containsEntry("type", "object");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/templates?keyword=maps");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v3/bots/templates/t1");
  }

  @Test
  void v3CodesOfTheFailureTableBecomeTypedErrors() {
    server.enqueue(error(400, 10142, "Required input missing", "tr-4"));

    assertThatThrownBy(() -> client.bots().run("b1", Map.of())).isInstanceOfSatisfying(
        InvalidRequestException.class, e -> assertThat(BusinessCode.BOT_INPUT_MISSING.matches(e)).isTrue());
  }

  @Test
  void requestOptionsReachV3Calls() throws Exception {
    server.enqueue(json(200, "[]"));

    client.withOptions(RequestOptions.builder().putAdditionalHeader("X-Trace", "abc").build()).bots().regions();

    assertThat(server.takeRequest().getHeader("X-Trace")).isEqualTo("abc");
  }

  @Test
  void connectionFailureOfAStartIsTyped() throws Exception {
    server.shutdown();

    assertThatThrownBy(() -> client.bots().run("b1", Map.of("k", "v"))).isInstanceOf(ConnectionException.class);
  }
}
