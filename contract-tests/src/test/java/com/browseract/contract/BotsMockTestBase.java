package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the v3 tests against the shared static mock of v3's spec: each test gets a fresh {@link BotsClient},
 * and fails if Prism found any of its requests invalid.
 */
@ExtendWith(PrismExtension.class)
abstract class BotsMockTestBase {
  BotsClient client;
  private int violationsBefore;

  @BeforeEach
  void connect(PrismExtension.MockV3Url mock) {
    client = BotsClient.create(mock.value);
    violationsBefore = ContractClient.REQUEST_VIOLATIONS.size();
  }

  @AfterEach
  void noRequestViolations() {
    client.close();
    assertThat(ContractClient.REQUEST_VIOLATIONS.subList(violationsBefore, ContractClient.REQUEST_VIOLATIONS.size()))
        .as("requests Prism found invalid").isEmpty();
  }
}
