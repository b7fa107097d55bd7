package com.browseract.contract;

import static com.browseract.contract.BotsClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.v3.model.BotType;
import com.browseract.client.v3.model.CreateRunRequest;
import com.browseract.client.v3.model.CreateTemplateRunRequest;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunStatus;
import com.browseract.client.v3.model.RunStatusResult;
import com.browseract.client.v3.model.RunSummary;
import com.browseract.client.v3.model.RunSummaryPageBody;
import com.browseract.client.v3.model.StartedRun;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * v3's run operations through the generated interfaces against the static mock of v3's spec: requests Prism
 * finds valid (every parameter and body field used), answers with what the document's examples hold.
 */
@Order(1)
class BotRunsContractTest extends BotsMockTestBase {
  private static final String TASK = BotOperationCalls.TASK;

  @Test
  void createRunWithEveryOption() {
    StartedRun started = ok(client.tasks.createRun("1001", new CreateRunRequest()
        .input(Map.of("order_id", "A-100", "max_items", 50, "deep", true))
        .callbackUrl("https://hooks.example.com/done")
        .statusChangeCallbackUrl("https://hooks.example.com/status")));

    Spec.V3.assertHasRequiredFields(started, "BotRunCreatedResponse");
    assertThat(started.getTaskId()).isEqualTo("93001");
    assertThat(started.getStatus()).isEqualTo(RunStatus.CREATED);
  }

  @Test
  void createRunWithEmptyInput() {
    assertThat(ok(client.tasks.createRun("1001", new CreateRunRequest().input(Map.of()))).getTaskId()).isNotBlank();
  }

  @Test
  void createTemplateRunWithEveryOption() {
    StartedRun started = ok(client.tasks.createTemplateRun("3001", new CreateTemplateRunRequest()
        .input(Map.of("url", "https://example.com")).proxyRegion("US")
        .callbackUrl("https://hooks.example.com/done")
        .statusChangeCallbackUrl("https://hooks.example.com/status")));

    Spec.V3.assertHasRequiredFields(started, "BotRunCreatedResponse");
    assertThat(started.getTaskId()).isEqualTo("93002");
    assertThat(started.getStatus()).isEqualTo(RunStatus.CREATED);
  }

  @Test
  void queryRunStatus() {
    RunStatusResult status = ok(client.tasks.queryRunStatus(TASK));

    Spec.V3.assertHasRequiredFields(status, "BotRunStatusResponse");
    // The static mock answers the first example: our "finished" one, which make demo's wait ends on.
    assertThat(status.getStatus()).isEqualTo(RunStatus.FINISHED);
    assertThat(status.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-08-13T09:02:00Z"));
  }

  @Test
  void queryRunReadsOutputAndFiles() {
    Run run = ok(client.tasks.queryRun(TASK));

    Spec.V3.assertHasRequiredFields(run, "BotRunDetailResponse");
    assertThat(run.getStatus()).isEqualTo(RunStatus.FINISHED);
    assertThat(run.getBotType()).isEqualTo(BotType.AGENT);
    assertThat(run.getInput()).containsEntry("company_name", "Example Corp");
    assertThat(run.getOutput()).isInstanceOfSatisfying(Map.class, output -> {
      assertThat(output).containsEntry("company_name", "Example Corp").containsEntry("facebook_url", null);
      assertThat((List<?>) output.get("evidence_urls")).hasSize(5);
    });
    assertThat(run.getOutputFiles()).containsOnlyKeys("json", "md", "csv", "xml");
    assertThat(run.getOutputFiles().get("md").getFileName()).isEqualTo("result.md");
    assertThat(run.getOutputFiles().get("md").getFileSize()).isEqualTo(1024L);
    assertThat(run.getDownloadFiles()).singleElement()
        .satisfies(file -> assertThat(file.getExpiresAt()).isEqualTo(1786688520000L));
    assertThat(run.getFilesExpiresAt()).isEqualTo(1786688520000L);
    assertThat(run.getCredit()).isEqualTo(42L);
    assertThat(run.getLiveUrlInfo().getWidth()).isEqualTo(1280);
  }

  @Test
  void pageRunsWithEveryFilter() {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("bot_id", "1001");
    query.put("bot_name", "Order status");
    query.put("status", RunStatus.RUNNING.getValue());
    query.put("created_at_from", "2026-08-01T00:00:00Z");
    query.put("created_at_to", "2026-08-31T23:59:59Z");
    query.put("page", 1);
    query.put("limit", 100);
    RunSummaryPageBody page = ok(client.tasks.pageRuns(query));

    Spec.V3.assertHasRequiredFields(page, "BotRunSummaryPage");
    assertThat(page.getItems()).isNotEmpty();
    RunSummary first = page.getItems().get(0);
    assertThat(first.getTaskId()).isEqualTo("93001");
    assertThat(first.getStatus()).isEqualTo(RunStatus.RUNNING);
    assertThat(first.getInput()).containsEntry("order_id", "A-100");
  }

  @Test
  void pageRunsAboveItsLimitIsFoundInvalid() throws IOException {
    int before = ContractClient.REQUEST_VIOLATIONS.size();

    int status = client.tasks.pageRuns(Map.of("limit", 101)).execute().code();

    List<String> found = List.copyOf(ContractClient.REQUEST_VIOLATIONS.subList(before,
        ContractClient.REQUEST_VIOLATIONS.size()));
    ContractClient.REQUEST_VIOLATIONS.removeAll(found);
    assertThat(status).isGreaterThanOrEqualTo(400);
    assertThat(found).singleElement().asString().contains("limit");
  }

  @Test
  void resumeRun() {
    RunStatusResult resumed = ok(client.tasks.resumeRun(TASK));

    Spec.V3.assertHasRequiredFields(resumed, "BotRunStatusResponse");
    assertThat(resumed.getStatus()).isEqualTo(RunStatus.PAUSED);
  }

  @Test
  void cancelRunWithAndWithoutBizCode() {
    assertThat(ok(client.tasks.cancelRun(TASK, Map.of("biz_code", 101))).getStatus()).isEqualTo(RunStatus.CANCELED);
    assertThat(ok(client.tasks.cancelRun(TASK, Map.of())).getStatus()).isEqualTo(RunStatus.CANCELED);
  }
}
