package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import com.browseract.client.ListTasksRequest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Read-only calls to the real API through a validating Prism proxy ({@code make contract-live}). Needs
 * {@code BROWSERACT_API_KEY}; starts no task. Skipped unless {@code contract.upstream} is set.
 */
@Order(5)
@EnabledIfSystemProperty(named = "contract.upstream", matches = "https?://.+")
class LiveContractTest {
  @Test
  void realAnswersMatchTheSpec() {
    String key = System.getenv("BROWSERACT_API_KEY");
    assertThat(key).as("BROWSERACT_API_KEY must be set for make contract-live").isNotBlank();
    ContractClient.RESPONSE_VIOLATIONS.clear();
    try (Prism proxy = Prism.proxy(System.getProperty("contract.upstream"));
        BrowserAct client = ContractClient.create(proxy.baseUrl()).toBuilder().apiKey(key).build()) {
      client.regions().list();
      client.workflows().list(1, 5);
      client.templates().list(null, 1, 5);
      client.tasks().list(ListTasksRequest.builder().limit(5).build());
    }
    assertThat(ContractClient.RESPONSE_VIOLATIONS).as("answers that differ from openapi/browseract.yaml").isEmpty();
  }
}
