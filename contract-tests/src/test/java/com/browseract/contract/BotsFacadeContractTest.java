package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BotListParams;
import com.browseract.client.TemplateListParams;
import com.browseract.client.BrowserAct;
import com.browseract.client.RunListParams;
import com.browseract.client.RunOutputs;
import com.browseract.client.TaskListener;
import com.browseract.client.WaitOptions;
import com.browseract.client.v3.model.BotType;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunStatus;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The SDK's v3 facade ({@code bots()}, {@code runs()}) against the static mock of v3's spec: every call it makes is
 * one Prism finds valid (checked by {@link BotsMockTestBase}), and its answers read as the document's examples.
 */
@Order(1)
class BotsFacadeContractTest extends BotsMockTestBase {
  private BrowserAct sdk;

  @BeforeEach
  void sdk(PrismExtension.MockV3Url mock) {
    sdk = ContractClient.create(mock.value);
  }

  @AfterEach
  void closeSdk() {
    sdk.close();
  }

  @Test
  void botsTemplatesAndRegions() {
    assertThat(sdk.bots().list(BotListParams.builder().botType(BotType.AGENT).keyword("order").limit(100).build())
        .items()).isNotEmpty();
    assertThat(sdk.bots().get("1001").getInputSchema()).containsEntry("type", "object");
    assertThat(sdk.bots().templates().list(TemplateListParams.builder().keyword("price").limit(500).build())
        .items()).isNotEmpty();
    assertThat(sdk.bots().templates().get("3001").getTemplateId()).isEqualTo("3001");
    assertThat(sdk.bots().regions()).isNotEmpty();
  }

  @Test
  void startsOfABotAndOfATemplate() {
    assertThat(sdk.bots().run("1001", Map.of("order_id", "A-100")).getTaskId()).isEqualTo("93001");
    assertThat(sdk.bots().runTemplate("3001", Map.of("url", "https://example.com")).getTaskId())
        .isEqualTo("93002");
  }

  @Test
  void runReadsCancelAndResume() {
    String task = BotOperationCalls.TASK;
    // The static mock answers the status's first example: the overlay's "finished" one, which make demo waits for.
    assertThat(sdk.runs().status(task)).isEqualTo(RunStatus.FINISHED);
    assertThat(sdk.runs().list(RunListParams.builder().botId("1001").status(RunStatus.FINISHED).limit(100).build())
        .items()).isNotEmpty();
    assertThat(sdk.runs().cancel(task, 7)).isNotNull();
    assertThat(sdk.runs().resume(task)).isNotNull();
  }

  @Test
  void aWaitThatReadsStepsEndsOnTheFinishedRunAndReadsItsOutput() {
    TaskListener steps = new TaskListener() {
      @Override
      public boolean wantsSteps() {
        return true;
      }
    };

    Run run = sdk.runs().waitFor(BotOperationCalls.TASK, WaitOptions.builder().listener(steps).build());

    assertThat(run.getStatus()).isEqualTo(RunStatus.FINISHED);
    assertThat(RunOutputs.read(run, Map.class)).containsEntry("company_name", "Example Corp");
  }
}
