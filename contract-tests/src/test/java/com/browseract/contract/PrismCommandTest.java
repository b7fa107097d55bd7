package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrismCommandTest {
  @Test
  void mockArgumentsEndWithTheSpecAndWhereToListen() {
    assertThat(PrismCommand.mock("-d", "--seed", "7").args("/spec.yaml", "127.0.0.1", 4010))
        .containsExactly("mock", "-d", "--seed", "7", "/spec.yaml", "-h", "127.0.0.1", "-p", "4010");
  }

  @Test
  void proxyNamesItsUpstreamAfterTheSpec() {
    assertThat(PrismCommand.proxy("https://api.browseract.com", "--errors").args("/spec.yaml", "0.0.0.0", 4010))
        .containsExactly("proxy", "--errors", "/spec.yaml", "https://api.browseract.com", "-h", "0.0.0.0", "-p", "4010");
  }

  @Test
  void upstreamMovesToAnotherHostKeepingPortAndPath() {
    PrismCommand moved = PrismCommand.proxy("http://localhost:41234/base").withUpstreamHost("host.testcontainers.internal");

    assertThat(moved.upstream()).isEqualTo("http://host.testcontainers.internal:41234/base");
  }
}
