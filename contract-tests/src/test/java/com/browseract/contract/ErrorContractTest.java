package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.BrowserAct;
import com.browseract.client.StopOutcome;
import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.AuthenticationException;
import com.browseract.client.errors.ConcurrencyLimitException;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.RateLimitException;
import com.browseract.client.errors.ServerException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each documented error status of each operation, forced with Prism's {@code Prefer: code=...}. */
@Order(2)
@ExtendWith(PrismExtension.class)
class ErrorContractTest {
  /**
   * Prism answers a forced status with the first example of that answer: the real API's envelope, with the
   * business code each operation is known to answer (see the spec's examples), which decides the type.
   */
  private static final Map<String, Class<? extends ApiException>> ON_400 = Map.of(
      "runTask", ConcurrencyLimitException.class,
      "runTemplateTask", ConcurrencyLimitException.class,
      "getTask", NotFoundException.class,
      "getTaskStatus", NotFoundException.class,
      "stopTask", NotFoundException.class,
      "resumeTask", NotFoundException.class);

  static Stream<Arguments> operationsAndStatuses() {
    return OperationCalls.BY_OPERATION.keySet().stream().sorted().flatMap(op -> Stream.of(
        Arguments.of(op, 400, ON_400.getOrDefault(op, InvalidRequestException.class)),
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
          .isExactlyInstanceOf(expected).isInstanceOfSatisfying(expected, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.operation()).isEqualTo(operation);
            assertThat(e.code()).isNotNull();
            assertThat(e.msg()).isNotBlank();
            assertThat(e.traceId()).isNotBlank();
            assertThat(e.getMessage()).contains(operation).contains(e.traceId()).doesNotContain(ContractClient.TEST_KEY);
            assertThat(e.getMessage()).contains(String.valueOf(e.code())).contains(e.msg());
            if (e instanceof RateLimitException && status == 429) {
              assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofSeconds(2));
            }
          });
    }
  }

  @ParameterizedTest(name = "{0} example {1}")
  @CsvSource({"stopTask, taskHasCompleted", "resumeTask, taskNotPaused"})
  void secondExamplesOfTheRealApi(String operation, String example, PrismExtension.MockUrl mock) {
    try (BrowserAct client = ContractClient.create(mock.value, "code=400, example=" + example, 0)) {
      if (operation.equals("stopTask")) {
        assertThat(client.tasks().stop("90183340215371521")).isEqualTo(StopOutcome.ALREADY_ENDED);
      } else {
        assertThatThrownBy(() -> client.tasks().resume("90183340215371521"))
            .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
              assertThat(e.code()).isEqualTo(10127);
              assertThat(e.getMessage()).contains("The task is not paused");
            });
      }
    }
  }
}
