package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunStatus;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the answers in {@code recorded-answers-v3/} (v3's document examples and one envelope per business code
 * it lists) through the generated v3 interfaces, behind a Prism proxy of v3's spec: each answer must match the
 * spec, a success must read into its model with every required field, a refusal must give its envelope.
 * A new file in the folder is replayed without touching this class.
 */
@Order(4)
class BotRecordedAnswersTest {
  private static ReplayServer upstream;
  private static Prism proxy;

  static List<RecordedAnswer> answers() {
    return RecordedAnswer.all(RecordedAnswer.FOLDER_V3);
  }

  @BeforeAll
  static void start() throws IOException {
    upstream = ReplayServer.start();
    proxy = Prism.proxyV3(upstream.url());
  }

  @AfterAll
  static void stop() throws IOException {
    proxy.close();
    upstream.close();
  }

  @Test
  void everyOperationHasARecordedSuccess() {
    assertThat(answers()).filteredOn(answer -> answer.status == 200).extracting(answer -> answer.operation)
        .containsAll(BotOperationCalls.BY_OPERATION.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void theAnswerMatchesTheSpecAndReads(RecordedAnswer answer) {
    assertThat(BotOperationCalls.BY_OPERATION).containsKey(answer.operation);
    upstream.serve(answer);
    int violationsBefore = ContractClient.RESPONSE_VIOLATIONS.size();
    try (BotsClient client = BotsClient.create(proxy.baseUrl())) {
      if (answer.status < 300) {
        Object result = BotOperationCalls.callAndCheck(answer.operation, client);
        assertThat(result).isNotNull();
        if (answer.name.equals("queryRun.200.running-output-null.json")) {
          Run run = (Run) result;
          assertThat(run.getStatus()).isEqualTo(RunStatus.RUNNING);
          assertThat(run.getOutput()).isNull();
          assertThat(run.getSteps()).hasSize(1);
        }
      } else {
        BotsClient.Failure failure =
            BotsClient.failure(BotOperationCalls.BY_OPERATION.get(answer.operation).call.apply(client));
        Map<?, ?> envelope = envelope(answer.body);
        assertThat(failure.status).isEqualTo(answer.status);
        assertThat(failure.body.getCode()).isEqualTo(((Number) envelope.get("code")).intValue());
        assertThat(failure.body.getMsg()).isEqualTo(envelope.get("msg"));
        assertThat(failure.body.getTraceId()).isEqualTo(envelope.get("traceId"));
      }
    }
    assertThat(ContractClient.RESPONSE_VIOLATIONS.subList(violationsBefore, ContractClient.RESPONSE_VIOLATIONS.size()))
        .as("%s differs from openapi/v3/browseract.yaml", answer).isEmpty();
  }

  private static Map<?, ?> envelope(String body) {
    try {
      return new Moshi.Builder().build().adapter(Map.class).fromJson(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
