package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * v3's refusals, forced with Prism's {@code Prefer}: every documented status of every operation, and every
 * business code v3's document lists, as the error envelope the generated model reads.
 */
@Order(2)
@ExtendWith(PrismExtension.class)
class BotErrorContractTest {
  /** The business code each operation's own 400 answer names in BrowserAct's document (lists name none). */
  private static final Map<String, Integer> CODE_ON_400 = Map.ofEntries(
      Map.entry("createRun", 10111),
      Map.entry("createTemplateRun", 10176),
      Map.entry("queryRunStatus", 10112),
      Map.entry("queryRun", 10112),
      Map.entry("resumeRun", 10112),
      Map.entry("cancelRun", 10112),
      Map.entry("queryBot", 10111),
      Map.entry("queryTemplate", 10176),
      Map.entry("pageRuns", 99001),
      Map.entry("pageBots", 99001),
      Map.entry("pageTemplates", 99001),
      Map.entry("listRegions", 99002));
  /** The business codes of v3's document (its info's list). */
  private static final Set<Integer> DOCUMENTED_CODES =
      Set.of(99001, 99002, 10013, 10020, 10021, 10111, 10112, 10121, 10127, 10142, 10143, 10176, 10879);

  static Stream<Arguments> operationsAndStatuses() {
    return BotOperationCalls.BY_OPERATION.keySet().stream().sorted().flatMap(op -> Stream.of(
        Arguments.of(op, 400, CODE_ON_400.get(op)),
        Arguments.of(op, 401, 401),
        Arguments.of(op, 429, 429),
        Arguments.of(op, 500, 500)));
  }

  @ParameterizedTest(name = "{0} HTTP {1}")
  @MethodSource("operationsAndStatuses")
  void errorStatusGivesTheEnvelope(String operation, int status, int code, PrismExtension.MockV3Url mock) {
    // Without an example name, Prism 5.16 answers a forced status with ErrorResponse's own schema example (code
    // 123) rather than the answer's first named example: name the first one, as a real refusal would carry it.
    Map<String, Object> examples = Spec.V3.examples(operation, String.valueOf(status));
    assertThat(examples).as("examples of %s HTTP %d", operation, status).isNotEmpty();
    String prefer = "code=" + status + ", example=" + examples.keySet().iterator().next();
    try (BotsClient client = BotsClient.create(mock.value, prefer, chain -> chain.proceed(chain.request()))) {
      BotsClient.Failure failure = BotsClient.failure(BotOperationCalls.BY_OPERATION.get(operation).call.apply(client));

      assertThat(failure.status).isEqualTo(status);
      Spec.V3.assertHasRequiredFields(failure.body, "ErrorResponse");
      assertThat(failure.body.getCode()).isEqualTo(code);
      assertThat(failure.body.getMsg()).isNotBlank();
      assertThat(failure.body.getTraceId()).isNotBlank();
      if (status == 429) {
        assertThat(failure.response.headers().get("Retry-After")).isEqualTo("2");
      }
    }
  }

  /** Every 400 example of the spec, by name: (operation, example, code). */
  static Stream<Arguments> documentedRefusals() {
    List<Arguments> refusals = new ArrayList<>();
    for (String operation : BotOperationCalls.BY_OPERATION.keySet()) {
      Spec.V3.examples(operation, "400").forEach((name, value) ->
          refusals.add(Arguments.of(operation, name, ((Number) ((Map<?, ?>) value).get("code")).intValue())));
    }
    return refusals.stream();
  }

  @ParameterizedTest(name = "{0} {1} ({2})")
  @MethodSource("documentedRefusals")
  void everyDocumentedRefusalIsRead(String operation, String example, int code, PrismExtension.MockV3Url mock) {
    try (BotsClient client = BotsClient.create(mock.value, "code=400, example=" + example,
        chain -> chain.proceed(chain.request()))) {
      BotsClient.Failure failure = BotsClient.failure(BotOperationCalls.BY_OPERATION.get(operation).call.apply(client));

      assertThat(failure.status).isEqualTo(400);
      assertThat(failure.body.getCode()).isEqualTo(code);
    }
  }

  @Test
  void everyBusinessCodeOfTheDocumentHasAnExample() {
    Set<Integer> codes = new TreeSet<>();
    documentedRefusals().forEach(arguments -> codes.add((Integer) arguments.get()[2]));

    assertThat(codes).containsAll(DOCUMENTED_CODES);
  }
}
