package com.browseract.contract;

import static com.browseract.contract.BotsClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.v3.model.Bot;
import com.browseract.client.v3.model.BotSummaryPageBody;
import com.browseract.client.v3.model.BotTemplate;
import com.browseract.client.v3.model.BotTemplateSummaryPageBody;
import com.browseract.client.v3.model.BotType;
import com.browseract.client.v3.model.Region;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** v3's bots, templates and regions through the generated interfaces against the static mock of v3's spec. */
@Order(1)
class BotsContractTest extends BotsMockTestBase {

  @Test
  void pageBotsWithEveryFilter() {
    BotSummaryPageBody page = ok(client.bots.pageBots(
        Map.of("bot_type", BotType.AGENT.getValue(), "keyword", "order", "page", 1, "limit", 100)));

    Spec.V3.assertHasRequiredFields(page, "BotSummaryPage");
    assertThat(page.getItems()).isNotEmpty();
    assertThat(page.getItems().get(0).getBotId()).isEqualTo("1001");
    assertThat(page.getItems().get(0).getBotType()).isEqualTo(BotType.WORKFLOW);
  }

  @Test
  void queryBotGivesItsInputAndOutputSchemas() {
    Bot bot = ok(client.bots.queryBot("1001"));

    Spec.V3.assertHasRequiredFields(bot, "BotDetailResponse");
    assertThat(bot.getInputSchema()).containsEntry("type", "object").containsEntry("required", List.of("order_id"))
        .containsEntry("additionalProperties", false);
    assertThat(bot.getOutputSchema()).isNull();
    assertThat(bot.getPublishedAt()).isNotNull();
  }

  @Test
  void pageTemplatesWithEveryFilter() {
    BotTemplateSummaryPageBody page = ok(client.templates.pageTemplates(
        Map.of("keyword", "price", "page", 2, "limit", 500)));

    Spec.V3.assertHasRequiredFields(page, "BotTemplateSummaryPage");
    assertThat(page.getItems()).isNotEmpty();
    assertThat(page.getItems().get(0).getTemplateId()).isEqualTo("3001");
  }

  @Test
  void queryTemplateGivesItsInputSchema() {
    BotTemplate template = ok(client.templates.queryTemplate("3001"));

    Spec.V3.assertHasRequiredFields(template, "BotTemplateDetailResponse");
    assertThat(template.getInputSchema()).containsEntry("required", List.of("url"));
    assertThat(template.getDetailUrl()).hasToString("https://www.browseract.com/template/3001");
  }

  @Test
  void listRegions() {
    List<Region> regions = ok(client.regions.listRegions());

    assertThat(regions).extracting(Region::getCode).containsExactly("US", "DE");
    regions.forEach(region -> Spec.V3.assertHasRequiredFields(region, "BotRegionResponse"));
  }

  @Test
  void literalPathsWinOverTemplatedOnes() {
    assertThat(Spec.V3.operationOf("GET", "/v3/bots/runs")).isEqualTo("pageRuns");
    assertThat(Spec.V3.operationOf("GET", "/v3/bots/templates")).isEqualTo("pageTemplates");
    assertThat(Spec.V3.operationOf("GET", "/v3/bots/regions")).isEqualTo("listRegions");
    assertThat(Spec.V3.operationOf("GET", "/v3/bots/1001")).isEqualTo("queryBot");
    assertThat(Spec.V3.operationOf("POST", "/v3/bots/templates/3001/runs")).isEqualTo("createTemplateRun");
    assertThat(Spec.V3.operationOf("GET", "/v3/bots/runs/93001/status")).isEqualTo("queryRunStatus");
    assertThat(Spec.V3.operationOf("DELETE", "/v3/bots/1001")).isNull();
  }
}
