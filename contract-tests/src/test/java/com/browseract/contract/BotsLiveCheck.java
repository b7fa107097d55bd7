package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.v3.model.BotSummary;
import com.browseract.client.v3.model.BotTemplateSummary;
import com.browseract.client.v3.model.RunSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * v3's part of {@code make contract-live}, through a validating Prism proxy of v3's spec: every read-only
 * operation once (the three lists and the regions; queryRun and queryRunStatus of the newest listed run; queryBot
 * and queryTemplate of the first listed) and one error that costs nothing (queryRun of an id that cannot exist).
 * Starts, cancels and resumes no run.
 */
final class BotsLiveCheck {
  static final String IMPOSSIBLE_TASK_ID = "0";
  /** The operations this check reaches. */
  static final List<String> OPERATIONS =
      List.of("listRegions", "pageBots", "pageTemplates", "pageRuns", "queryRun", "queryRunStatus", "queryBot",
          "queryTemplate");

  private final String upstream;
  private final String apiKey;
  private final Path recordTo;

  /**
   * @param recordTo a folder to save every answer in, named as {@link RecordedAnswer} reads them; or null
   */
  BotsLiveCheck(String upstream, String apiKey, Path recordTo) {
    this.upstream = upstream;
    this.apiKey = apiKey;
    this.recordTo = recordTo;
  }

  /** @return the answers that differ from v3's spec, as "METHOD /path: violations"; empty when all match */
  List<String> run() {
    int before = ContractClient.RESPONSE_VIOLATIONS.size();
    try (Prism proxy = Prism.proxyV3(upstream);
        BotsClient client = BotsClient.create(proxy.baseUrl(), apiKey, null, new AnswerRecorder(Spec.V3, recordTo))) {
      BotsClient.ok(client.regions.listRegions());
      List<BotSummary> bots = BotsClient.ok(client.bots.pageBots(Map.of("limit", 5))).getItems();
      List<BotTemplateSummary> templates =
          BotsClient.ok(client.templates.pageTemplates(Map.of("limit", 5))).getItems();
      List<RunSummary> runs = BotsClient.ok(client.tasks.pageRuns(Map.of("limit", 5))).getItems();
      if (runs != null && !runs.isEmpty()) {
        BotsClient.ok(client.tasks.queryRun(runs.get(0).getTaskId()));
        BotsClient.ok(client.tasks.queryRunStatus(runs.get(0).getTaskId()));
      }
      if (bots != null && !bots.isEmpty()) {
        BotsClient.ok(client.bots.queryBot(bots.get(0).getBotId()));
      }
      if (templates != null && !templates.isEmpty()) {
        BotsClient.ok(client.templates.queryTemplate(templates.get(0).getTemplateId()));
      }
      BotsClient.Failure refused = BotsClient.failure(client.tasks.queryRun(IMPOSSIBLE_TASK_ID));
      assertThat(refused.body.getCode()).as("code of the error envelope").isNotNull();
      assertThat(refused.body.getMsg()).as("msg of the error envelope").isNotBlank();
      assertThat(refused.body.getTraceId()).as("traceId of the error envelope").isNotBlank();
    }
    return new ArrayList<>(ContractClient.RESPONSE_VIOLATIONS.subList(before, ContractClient.RESPONSE_VIOLATIONS.size()));
  }

}
