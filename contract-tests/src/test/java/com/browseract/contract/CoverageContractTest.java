package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last: every operation of the spec must have been exercised by the suite, and no request may have been
 * found invalid. An operation added to the spec fails here, by name, until a contract test covers it.
 */
@Order(100)
class CoverageContractTest {
  @Test
  void everyOperationWasExercisedWithValidRequests() {
    Map<String, String> missing = new TreeMap<>(Spec.operations());
    missing.keySet().removeAll(ContractClient.EXERCISED);

    System.out.printf("Contract coverage: %d of %d operations exercised, %d requests checked for violations, "
        + "%d request violations%n", Spec.operations().size() - missing.size(), Spec.operations().size(),
        ContractClient.REQUESTS_CHECKED.get(), ContractClient.REQUEST_VIOLATIONS.size());
    assertThat(missing.values()).as("operations no contract test exercised: %s", missing.values()).isEmpty();
    assertThat(ContractClient.REQUEST_VIOLATIONS).as("requests Prism found invalid").isEmpty();
  }
}
