package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.ApiException;
import com.browseract.client.AuthenticationException;
import com.browseract.client.BrowserAct;
import com.browseract.client.InvalidRequestException;
import com.browseract.client.ListTasksRequest;
import com.browseract.client.RateLimitException;
import com.browseract.client.ServerException;
import com.browseract.client.model.RunWorkflowTaskRequest;
import com.browseract.client.model.RunWorkflowTemplateTaskRequest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
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
  private static final Map<String, Consumer<BrowserAct>> CALLS = Map.ofEntries(
      Map.entry("runTask", c -> c.tasks().run(new RunWorkflowTaskRequest().workflowId("wf"))),
      Map.entry("runTemplateTask", c -> c.tasks().runTemplate(new RunWorkflowTemplateTaskRequest().workflowTemplateId("t"))),
      Map.entry("getTaskStatus", c -> c.tasks().status("t")),
      Map.entry("getTask", c -> c.tasks().get("t")),
      Map.entry("pageTasks", c -> c.tasks().list(ListTasksRequest.all())),
      Map.entry("resumeTask", c -> c.tasks().resume("t")),
      Map.entry("stopTask", c -> c.tasks().stop("t")),
      Map.entry("getWorkflowList", c -> c.workflows().list(1, 10)),
      Map.entry("getWorkflowConfig", c -> c.workflows().get("wf")),
      Map.entry("getWorkflowTemplates", c -> c.templates().list(null, 1, 10)),
      Map.entry("getWorkflowTemplateConfig", c -> c.templates().get("t")),
      Map.entry("getRegionList", c -> c.regions().list()));

  static Stream<Arguments> operationsAndStatuses() {
    return CALLS.keySet().stream().sorted().flatMap(op -> Stream.of(
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
      assertThatThrownBy(() -> CALLS.get(operation).accept(client))
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
