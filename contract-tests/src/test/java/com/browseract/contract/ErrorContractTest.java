package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.ApiException;
import com.browseract.client.AuthenticationException;
import com.browseract.client.BrowserAct;
import com.browseract.client.InvalidRequestException;
import com.browseract.client.RateLimitException;
import com.browseract.client.ServerException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each documented error status of each operation, forced with Prism's {@code Prefer: code=...}. */
@Order(2)
@ExtendWith(PrismExtension.class)
class ErrorContractTest {
  static Stream<Arguments> operationsAndStatuses() {
    return OperationCalls.BY_OPERATION.keySet().stream().sorted().flatMap(op -> Stream.of(
        Arguments.of(op, 400, InvalidRequestException.class),
        Arguments.of(op, 401, AuthenticationException.class),
        Arguments.of(op, 429, RateLimitException.class),
        Arguments.of(op, 500, ServerException.class)));
  }

  @ParameterizedTest(name = "{0} HTTP {1}")
  @MethodSource("operationsAndStatuses")
  void errorStatusBecomesTypedException(String operation, int status, Class<? extends ApiException> expected,
      PrismExtension.MockUrl mock) {
    assertThat(Spec.operations()).containsValue(operation);
    try (BrowserAct client = ContractClient.create(mock.value, "code=" + status, 0)) {
      assertThatThrownBy(() -> OperationCalls.BY_OPERATION.get(operation).invoke.apply(client))
          .isInstanceOfSatisfying(expected, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.operation()).isEqualTo(operation);
            assertThat(e.code()).isNotNull();
            assertThat(e.msg()).isNotBlank();
            assertThat(e.traceId()).isNotBlank();
            assertThat(e.getMessage()).contains(operation).contains(e.traceId()).doesNotContain(ContractClient.TEST_KEY);
            if (e instanceof RateLimitException) {
              assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofSeconds(2));
            }
          });
    }
  }
}
