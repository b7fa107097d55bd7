package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.InputParameter;
import com.browseract.client.model.StepStatus;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.Task;
import com.squareup.moshi.JsonDataException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {
  private static Task parse(String json) throws Exception {
    return Json.MOSHI.adapter(Task.class).fromJson(json);
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    Task task = parse("{\"id\":\"t\",\"status\":\"running\",\"brand_new\":{\"x\":[1,2]},"
        + "\"steps\":[],\"another\":true}");

    assertThat(task.getId()).isEqualTo("t");
    assertThat(task.getStatus()).isEqualTo(TaskStatus.RUNNING);
  }

  @Test
  void unknownEnumValuesBecomeUnknown() throws Exception {
    Task task = parse("{\"status\":\"queued_for_gpu\",\"steps\":[{\"status\":\"skipped\"},"
        + "{\"status\":\"succeed\"}]}");

    assertThat(task.getStatus()).isEqualTo(TaskStatus.UNKNOWN);
    assertThat(task.getSteps()).extracting(s -> s.getStatus()).containsExactly(StepStatus.UNKNOWN, StepStatus.SUCCEED);
  }

  @Test
  void unknownV3EnumValuesBecomeUnknown() throws Exception {
    com.browseract.client.v3.model.Run run = Json.MOSHI.adapter(com.browseract.client.v3.model.Run.class).fromJson(
        "{\"status\":\"archived\",\"bot_type\":\"crew\",\"steps\":[{\"status\":\"skipped\"},{\"status\":null}]}");

    assertThat(run.getStatus()).isEqualTo(com.browseract.client.v3.model.RunStatus.UNKNOWN);
    assertThat(run.getBotType()).isEqualTo(com.browseract.client.v3.model.BotType.UNKNOWN);
    assertThat(run.getSteps()).extracting(s -> s.getStatus())
        .containsExactly(com.browseract.client.v3.model.StepStatus.UNKNOWN, null);
  }

  @Test
  void knownV3EnumValuesReadAndWriteAsTheApiSpellsThem() throws Exception {
    com.squareup.moshi.JsonAdapter<com.browseract.client.v3.model.RunStatusResult> adapter =
        Json.MOSHI.adapter(com.browseract.client.v3.model.RunStatusResult.class);
    com.browseract.client.v3.model.RunStatusResult result = adapter.fromJson("{\"status\":\"paused\"}");

    assertThat(result.getStatus()).isEqualTo(com.browseract.client.v3.model.RunStatus.PAUSED);
    assertThat(adapter.toJson(result)).isEqualTo("{\"status\":\"paused\"}");
    assertThat(Json.MOSHI.adapter(com.browseract.client.v3.model.Bot.class).fromJson("{\"bot_type\":\"agent\"}")
        .getBotType()).isEqualTo(com.browseract.client.v3.model.BotType.AGENT);
  }

  @Test
  void everyEnumHasAnUnknownConstant() {
    assertThat(TaskStatus.valueOf("UNKNOWN").getValue()).isEqualTo("unknown");
    assertThat(StepStatus.valueOf("UNKNOWN").getValue()).isEqualTo("unknown");
    assertThat(TaskStatus.values()).hasSize(8);
  }

  @Test
  void nullEnumStaysNull() throws Exception {
    assertThat(parse("{\"status\":null}").getStatus()).isNull();
  }

  @Test
  void dateTimesParseWithOrWithoutOffset() throws Exception {
    Task task = parse("{\"created_at\":\"2026-11-20T09:00:00+08:00\","
        + "\"finished_at\":\"2026-11-20T09:00:42.5\"}");

    assertThat(task.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
    assertThat(task.getFinishedAt()).isEqualTo(OffsetDateTime.of(2026, 11, 20, 9, 0, 42, 500_000_000, ZoneOffset.UTC));
    assertThatThrownBy(() -> parse("{\"created_at\":\"yesterday\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.created_at");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-20T09:00:00Z", "2026-11-20T09:00:00.5Z", "2026-11-20T09:00:00.123456789Z",
      "2026-11-20t09:00:00.120z", "2026-11-20T09:00:00+05:30", "2026-11-20T09:00:00.007-03:00",
      "2024-02-29T23:59:59+14:00"})
  void canonicalDateTimesParseAsTheIsoParserDoes(String text) {
    assertThat(Json.OffsetDateTimeAdapter.parseCanonical(text)).isEqualTo(OffsetDateTime.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-20T09:00:00", "2026-11-20T09:00:00.", "2026-11-20T09:00:00.Z",
      "2026-11-20T09:00:00.1234567891Z", "2026-13-20T09:00:00Z", "2025-02-29T09:00:00Z", "2026-11-20 09:00:00Z",
      "2026-11-20T09:00:00+5:30", "2026-11-20T09:00:00+19:00", "2026-11-2XT09:00:00Z", "2026-11-20T09:00",
      "2026-11-20T09:00:00+18:30", "2026-11-20T09:00:00-18:01"})
  void anythingElseIsLeftToTheFullParsers(String text) {
    assertThat(Json.OffsetDateTimeAdapter.parseCanonical(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-20T09:00:00+18:30", "2026-11-20T09:00:00+19:00", "2026-11-20T09:00:00+5:30"})
  void malformedOffsetsFailWithTheUsualJsonError(String text) {
    assertThatThrownBy(() -> parse("{\"created_at\":\"" + text + "\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.created_at").hasMessageContaining(text);
  }

  @Test
  void longNumericIdsKeepEveryDigit() throws Exception {
    // 77638424152140851 is not representable as a double; it must survive as text.
    Task task = parse("{\"id\":77638424152140851,\"workflow_id\":\"77638424152140851\"}");

    assertThat(task.getId()).isEqualTo("77638424152140851");
    assertThat(task.getWorkflowId()).isEqualTo("77638424152140851");
  }

  @Test
  void requestsUseWireNamesAndOmitUnsetFields() throws Exception {
    String json = Json.MOSHI.adapter(RunTaskRequest.class).toJson(new RunTaskRequest()
        .workflowId("77638424152140851").saveBrowserData(true)
        .inputParameters(List.of(new InputParameter().name("keyword").value("laptops"))));

    assertThat(parseTree(json)).isEqualTo(java.util.Map.of("workflow_id", "77638424152140851",
        "save_browser_data", true,
        "input_parameters", List.of(java.util.Map.of("name", "keyword", "value", "laptops"))));
  }

  private static Object parseTree(String json) throws java.io.IOException {
    return Json.MOSHI.adapter(Object.class).fromJson(json);
  }
}
