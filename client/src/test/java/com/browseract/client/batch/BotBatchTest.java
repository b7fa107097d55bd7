package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one batch engine running a v3 bot (and a bot template) through its v3 dialect, on the v3 side of the fake. */
class BotBatchTest extends FakeBatchApiTestBase {
  static final BatchTarget BOT = BatchTarget.bot("bot-1");

  BatchOptions.Builder options() {
    return BatchOptions.builder().journal(dir.resolve("journal.jsonl")).results(dir.resolve("results.jsonl"))
        .reconcileSettle(Duration.ZERO).time(time, time);
  }

  BatchSummary run(BatchTarget target, List<BatchInput> inputs, BatchOptions options, Checkpoints checkpoints)
      throws IOException {
    return new BatchEngine(client, target, inputs, options, checkpoints).run();
  }

  List<Map<String, Object>> results() throws IOException {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
      lines.add(JsonBodies.parse(line));
    }
    return lines;
  }

  void assertOneRunAndOneResultPerInput(int inputs) throws IOException {
    assertThat(api.tasksPerInput()).hasSize(inputs).allSatisfy((input, runs) -> assertThat(runs).as(input)
        .isEqualTo(1));
    List<String> runIds = new ArrayList<>();
    api.created().forEach(task -> runIds.add(task.id));
    assertThat(results()).extracting(r -> (String) r.get("taskId")).containsExactlyInAnyOrderElementsOf(runIds);
  }

  @Test
  void runsEveryInputOnceThroughV3AndKeepsEachRunsOutput() throws IOException {
    BatchSummary summary = run(BOT, BatchEngineTest.inputs(6), options().concurrency(3).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(6);
    assertOneRunAndOneResultPerInput(6);
    assertThat(api.created()).allSatisfy(task -> assertThat(task.workflowId).isEqualTo("bot-1"));
    assertThat(api.requests("createRun")).isEqualTo(6);
    assertThat(api.requests("pageRuns")).isPositive();
    assertThat(api.requests("run-task") + api.requests("list-tasks")).isZero();
    assertThat(results()).allSatisfy(result -> assertThat((List<?>) result.get("output")).singleElement()
        .isInstanceOfSatisfying(Map.class, row -> assertThat(row).containsKey("for")));
    assertThat(Files.readString(dir.resolve("journal.jsonl"))).contains("\"botId\":\"bot-1\"");
  }

  @Test
  void eachInputsTextIsSentAsTheTypeTheBotsSchemaGivesIt() throws IOException {
    run(BOT, BatchEngineTest.inputs(2), options().build(), Checkpoints.NONE);

    // max_items is an integer in the fake bot's input_schema: sent as the number 50, not as the text "50"; keyword
    // is a string and stays text.
    assertThat(api.created()).hasSize(2).allSatisfy(task -> assertThat(api.runInput(task.id))
        .contains("\"max_items\":50").doesNotContain("\"max_items\":\"50\"").contains("\"keyword\":\"item "));
  }

  @Test
  void aBotTemplateRunsThroughTheTemplatesPath() throws IOException {
    BatchSummary summary = run(BatchTarget.botTemplate("tpl-9"), BatchEngineTest.inputs(3),
        options().concurrency(2).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(3);
    assertThat(api.requests("createTemplateRun")).isEqualTo(3);
    assertThat(api.created()).allSatisfy(task -> assertThat(task.workflowId).isEqualTo("template-tpl-9"));
  }

  @ParameterizedTest
  @EnumSource(Checkpoints.Point.class)
  void aRerunAfterACrashAtAnyPointStartsNoRunTwice(Checkpoints.Point point) throws IOException {
    List<BatchInput> inputs = BatchEngineTest.inputs(8);
    BatchInput victim = inputs.get(5);
    Checkpoints crash = (at, input) -> {
      if (at == point && input.equals(victim)) {
        throw new BatchEngineTest.SimulatedCrash();
      }
    };
    assertThatThrownBy(() -> run(BOT, inputs, options().concurrency(3).build(), crash))
        .isInstanceOf(BatchEngineTest.SimulatedCrash.class);
    time.move(Duration.ofSeconds(1));

    BatchSummary summary = run(BOT, inputs, options().concurrency(3).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(8);
    assertOneRunAndOneResultPerInput(8);
  }

  @Test
  void aStartWhoseAnswerIsLostIsFoundInTheRunListAndAdopted() throws IOException {
    BatchListener loseSecond = new BatchListener() {
      @Override
      public void onStarted(BatchInput input, String taskId, int attempt) {
        api.loseStartAnswers = input.position() == 1;
      }
    };
    BatchSummary summary = run(BOT, BatchEngineTest.inputs(4), options().concurrency(2).listener(loseSecond)
        .build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(4);
    assertOneRunAndOneResultPerInput(4);
    assertThat(Files.readString(dir.resolve("journal.jsonl"))).contains("\"adopted\":true");
  }

  @Test
  void aFailedRunIsRecordedWithItsFailure() throws IOException {
    List<BatchInput> inputs = List.of(BatchInput.of(1, Map.of("keyword", "fail me")));

    BatchSummary summary = run(BOT, inputs, options().build(), Checkpoints.NONE);

    assertThat(summary.failed()).isEqualTo(1);
    assertThat(results().get(0).toString()).contains("10001").contains("Navigation timeout");
  }

  @Test
  void aJournalOfABotIsNotResumedForAWorkflowOfTheSameId() throws IOException {
    run(BOT, BatchEngineTest.inputs(1), options().build(), Checkpoints.NONE);

    assertThatThrownBy(() -> run(BatchTarget.workflow("bot-1"), BatchEngineTest.inputs(1), options().build(),
        Checkpoints.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bot bot-1");
  }

  @Test
  void aCheckReadsTheBotsInputSchemaForItsDeclaredInputs() {
    BatchCheck check = client.batches().check(BOT, BatchEngineTest.inputs(2));

    assertThat(check.inputs()).isEqualTo(2);
    assertThatThrownBy(() -> client.batches().check(BOT, List.of(BatchInput.of(1, Map.of("colour", "red")))))
        .isInstanceOf(BatchInputException.class).hasMessageContaining("'colour' is not an input parameter of bot");
  }
}
