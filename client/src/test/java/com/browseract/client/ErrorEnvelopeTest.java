package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorEnvelopeTest {
  @Test
  void readsTheRealApisEnvelopeWhateverItsTimeAndData() {
    ErrorEnvelope envelope = ErrorEnvelope.parse("{\"code\": 10112, \"msg\": \"Task is not exist.\", \"data\": null,"
        + " \"ts\": 1759918566040, \"time\": \"2025-10-08 10:16:06\", \"traceId\": \"abc123\"}");

    assertThat(envelope.code).isEqualTo(10112);
    assertThat(envelope.msg).isEqualTo("Task is not exist.");
    assertThat(envelope.traceId).isEqualTo("abc123");
    assertThat(envelope.isError()).isTrue();
  }

  @Test
  void toleratesDataOfAnyTypeCodeAsTextAndMissingFields() {
    ErrorEnvelope envelope = ErrorEnvelope.parse(
        "{\"data\": [1, {\"x\": [\"y\"]}], \"code\": \"10118\", \"time\": 1759918566, \"unknown\": {}}");

    assertThat(envelope.code).isEqualTo(10118);
    assertThat(envelope.msg).isNull();
    assertThat(envelope.traceId).isNull();
  }

  @Test
  void acceptsMessageWhenThereIsNoMsgAndATraceIdInSnakeCase() {
    ErrorEnvelope envelope = ErrorEnvelope.parse("{\"message\": \"bad\", \"trace_id\": \"t-1\"}");

    assertThat(envelope.msg).isEqualTo("bad");
    assertThat(envelope.traceId).isEqualTo("t-1");
    assertThat(envelope.isError()).isFalse();
  }

  @Test
  void codeZeroIsNotAnError() {
    assertThat(ErrorEnvelope.parse("{\"code\": 0, \"msg\": \"success\", \"data\": {}}").isError()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "<html>502</html>", "[{\"code\": 1}]", "{\"id\": \"t\", \"status\": \"running\"}",
      "{\"code\": 10112, \"msg\": ", "\"code\""})
  void anythingElseIsNotAnEnvelope(String body) {
    assertThat(ErrorEnvelope.parse(body)).isNull();
  }

  @Test
  void aNestedCodeIsNotTheEnvelopesCode() {
    assertThat(ErrorEnvelope.parse("{\"id\": \"t\", \"task_failure_info\": {\"code\": 10001, \"message\": \"x\"}}"))
        .isNull();
  }
}
