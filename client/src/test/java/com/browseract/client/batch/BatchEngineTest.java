package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BatchEngineTest extends FakeBatchApiTest {

  static List<BatchInput> inputs(int count) {
    List<BatchInput> inputs = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("keyword", "item " + i);
      parameters.put("max_items", "50");
      inputs.add(BatchInput.of(i, parameters));
    }
    return inputs;
  }

  BatchOptions.Builder options() {
    return BatchOptions.builder().journal(dir.resolve("journal.jsonl")).results(dir.resolve("results.jsonl"))
        .reconcileSettle(Duration.ZERO).time(time, time);
  }

  BatchSummary run(List<BatchInput> inputs, BatchOptions options, Checkpoints checkpoints) throws IOException {
    return new BatchEngine(client, WORKFLOW, inputs, options, checkpoints).run();
  }

  List<Map<String, Object>> results() throws IOException {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
      lines.add(JsonBodies.parse(line));
    }
    return lines;
  }

  /** Exactly one task per input on the fake, and one result line per input naming that task. */
  void assertOneTaskAndOneResultPerInput(int inputs) throws IOException {
    assertThat(api.tasksPerInput()).hasSize(inputs).allSatisfy((input, tasks) -> assertThat(tasks).as(input)
        .isEqualTo(1));
    List<Map<String, Object>> results = results();
    assertThat(results).extracting(r -> r.get("key")).doesNotHaveDuplicates().hasSize(inputs);
    List<String> taskIds = new ArrayList<>();
    api.created().forEach(task -> taskIds.add(task.id));
    assertThat(results).extracting(r -> (String) r.get("taskId")).containsExactlyInAnyOrderElementsOf(taskIds);
  }

  @Test
  void runsEveryInputOnceWithinTheConcurrencyAndListsOncePerLook() throws IOException {
    BatchSummary summary = run(inputs(30), options().concurrency(5).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(30);
    assertThat(summary.allFinished()).isTrue();
    assertOneTaskAndOneResultPerInput(30);
    assertThat(api.requests("run-task")).isEqualTo(30);
    assertThat(api.requests("get-task")).isZero();
    assertThat(api.requests("get-task-status")).isZero();
    // 30 tasks of 10 s, 5 at a time: 6 rounds, each seen by a few looks, never one request per task per look.
    assertThat(api.requests("list-tasks")).isBetween(6, 30);
    Map<String, Object> first = results().get(0);
    assertThat(first.get("status")).isEqualTo("finished");
    assertThat(first.get("output")).isInstanceOf(List.class);
    assertThat(first.get("credits")).isEqualTo(3.0);
    assertThat(summary.credits()).isEqualTo(90);
  }

  @Test
  void runsAnOfficialTemplateListingWithoutAWorkflowFilter() throws IOException {
    BatchSummary summary = new BatchEngine(client, BatchTarget.template("tpl-9"), inputs(3),
        options().concurrency(2).build(), Checkpoints.NONE).run();

    assertThat(summary.finished()).isEqualTo(3);
    assertOneTaskAndOneResultPerInput(3);
    assertThat(api.created()).allSatisfy(task -> assertThat(task.workflowId).isEqualTo("template-tpl-9"));
  }

  @Test
  void downloadsEachFinishedTasksFilesIntoAFolderOfItsOwnBeforeItsEndIsJournaled() throws IOException {
    api.filesBaseUrl = server.url("/").toString();
    Path downloads = dir.resolve("files");
    run(inputs(2), options().downloadDir(downloads).build(), Checkpoints.NONE);

    for (Map<String, Object> result : results()) {
      Path file = downloads.resolve((String) result.get("taskId")).resolve("report.csv");
      assertThat(result.get("files")).isEqualTo(List.of(file.toString()));
      assertThat(Files.readString(file)).contains((String) result.get("taskId"));
    }
    assertThat(Files.readString(dir.resolve("journal.jsonl"))).contains("report.csv");
  }

  @Test
  void returnsAsSoonAsALookSeesTheLastEnd() throws IOException {
    // One task of 10 s; before any end the looks are 1 s apart, ×1.5, at most 5 s: the end is seen by 15 s.
    BatchSummary summary = run(inputs(1), options().concurrency(1).build(), Checkpoints.NONE);

    assertThat(summary.allFinished()).isTrue();
    assertThat(summary.wallTime()).isLessThanOrEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void neverRunsMoreThanItsConcurrency() throws IOException {
    List<Integer> runningAtEachStart = new CopyOnWriteArrayList<>();
    BatchListener listener = new BatchListener() {
      @Override
      public void onStarted(BatchInput input, String taskId, int attempt) {
        runningAtEachStart.add(api.running());
      }
    };
    run(inputs(12), options().concurrency(4).listener(listener).build(), Checkpoints.NONE);

    assertThat(runningAtEachStart).hasSize(12).allSatisfy(running -> assertThat(running).isLessThanOrEqualTo(4));
    assertThat(runningAtEachStart).contains(4);
  }

  @Test
  void lowersItsConcurrencyWhenThePlanRefusesAndCreatesNoTaskTwice() throws IOException {
    api = new FakeBatchApi(time, 3);
    server.setDispatcher(api);
    List<Integer> levels = new CopyOnWriteArrayList<>();
    BatchListener listener = new BatchListener() {
      @Override
      public void onConcurrencyChanged(int concurrency) {
        levels.add(concurrency);
      }
    };
    BatchSummary summary = run(inputs(12), options().concurrency(6).listener(listener).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(12);
    assertOneTaskAndOneResultPerInput(12);
    assertThat(levels).first().isEqualTo(3);
    // A refusal per probe above the plan's limit, not one per start.
    assertThat(api.requests("run-task") - 12).isBetween(1, 8);
  }

  @Test
  void waitsForASlotTakenByTheAccountsOtherTasks() throws IOException {
    api = new FakeBatchApi(time, 2);
    api.foreignRunning.set(2);
    server.setDispatcher(api);
    Thread freeUp = new Thread(() -> {
      while (api.requests("run-task") < 3) {
        Thread.onSpinWait();
      }
      api.foreignRunning.set(0);
    });
    freeUp.start();
    BatchSummary summary = run(inputs(4), options().concurrency(2).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(4);
    assertOneTaskAndOneResultPerInput(4);
  }

  @ParameterizedTest
  @EnumSource(Checkpoints.Point.class)
  void aRerunAfterACrashAtAnyPointStartsNoInputTwiceAndLosesNoResult(Checkpoints.Point point) throws IOException {
    List<BatchInput> inputs = inputs(10);
    BatchInput victim = inputs.get(6);
    Checkpoints crash = (at, input) -> {
      if (at == point && input.equals(victim)) {
        throw new SimulatedCrash();
      }
    };
    assertThatThrownBy(() -> run(inputs, options().concurrency(3).build(), crash))
        .isInstanceOf(SimulatedCrash.class);
    time.move(Duration.ofSeconds(1));

    BatchSummary summary = run(inputs, options().concurrency(3).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(10);
    assertOneTaskAndOneResultPerInput(10);
  }

  @Test
  void crashesAtEveryInputAndEveryPointInTurnStillGiveOneTaskPerInput() throws IOException {
    List<BatchInput> inputs = inputs(8);
    int runs = 0;
    for (Checkpoints.Point point : Checkpoints.Point.values()) {
      for (BatchInput victim : inputs) {
        runs++;
        try {
          run(inputs, options().concurrency(3).build(), (at, input) -> {
            if (at == point && input.equals(victim)) {
              throw new SimulatedCrash();
            }
          });
        } catch (SimulatedCrash expected) {
          time.move(Duration.ofSeconds(2));
        }
      }
    }
    BatchSummary summary = run(inputs, options().concurrency(3).build(), Checkpoints.NONE);

    assertThat(runs).isEqualTo(Checkpoints.Point.values().length * 8);
    assertThat(summary.done()).isEqualTo(8);
    assertOneTaskAndOneResultPerInput(8);
  }

  @Test
  void aStartWhoseAnswerIsLostIsFoundInTheListAndAdopted() throws IOException {
    List<BatchInput> inputs = inputs(5);
    BatchListener loseSecond = new BatchListener() {
      @Override
      public void onStarted(BatchInput input, String taskId, int attempt) {
        api.loseStartAnswers = input.position() == 1;
      }
    };
    BatchSummary summary = run(inputs, options().concurrency(2).listener(loseSecond).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(5);
    assertOneTaskAndOneResultPerInput(5);
    assertThat(Files.readString(dir.resolve("journal.jsonl"))).contains("\"adopted\":true");
  }

  @Test
  void aFortySecondOutageDelaysTheBatchButLosesAndDuplicatesNothing() throws IOException {
    List<BatchInput> inputs = inputs(10);
    api.outageAfterStarts(4, Duration.ofSeconds(40));
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    BatchListener listener = new BatchListener() {
      @Override
      public void onTransientFailure(Throwable error) {
        failures.add(error);
      }
    };
    BatchSummary summary = run(inputs, options().concurrency(3).listener(listener).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(10);
    assertThat(failures).isNotEmpty();
    assertOneTaskAndOneResultPerInput(10);
  }

  @Test
  void anUnansweredStartDuringAnOutageLongerThanThePatienceIsUnresolvedAndNotStartedAgain() throws IOException {
    List<BatchInput> inputs = inputs(3);
    api.loseStartAnswers = true;
    List<String> unresolved = new CopyOnWriteArrayList<>();
    BatchListener listener = new BatchListener() {
      @Override
      public void onTransientFailure(Throwable error) {
        api.down = true;
      }

      @Override
      public void onUnresolved(BatchInput input, String reason) {
        unresolved.add(input.key() + ": " + reason);
      }
    };
    BatchSummary summary = run(inputs, options().outagePatience(Duration.ofMinutes(2)).listener(listener).build(),
        Checkpoints.NONE);

    assertThat(summary.unresolved()).isEqualTo(1);
    assertThat(summary.stoppedBy()).hasMessageContaining("503");
    assertThat(unresolved).singleElement().asString().contains("a rerun finds out before starting it");
    assertThat(api.tasksPerInput()).as("nothing else started while unsure").hasSize(1).containsValue(1);

    api.down = false;
    api.loseStartAnswers = false;
    BatchSummary rerun = run(inputs, options().build(), Checkpoints.NONE);
    assertThat(rerun.finished()).isEqualTo(3);
    assertOneTaskAndOneResultPerInput(3);
  }

  @Test
  void retriesAFailedInputAndKeepsItsLastTaskAsTheResult() throws IOException {
    List<BatchInput> inputs = new ArrayList<>(inputs(2));
    inputs.add(BatchInput.of(3, Map.of("keyword", "fail here")));
    BatchSummary summary = run(inputs, options().retryFailed(2).build(), Checkpoints.NONE);

    assertThat(summary.finished()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(api.tasksPerInput()).containsEntry("keyword=fail here", 3);
    Map<String, Object> failed = results().stream().filter(r -> "failed".equals(r.get("status"))).findFirst().get();
    assertThat(failed.get("attempts")).isEqualTo(3.0);
    assertThat(failed.get("failure")).asString().contains("Navigation timeout");
    assertThat(results()).hasSize(3);
  }

  @Test
  void aTimeoutLeavesTasksRunningAndTheRerunWaitsForThemWithoutStartingThemAgain() throws IOException {
    List<BatchInput> inputs = inputs(4);
    BatchSummary first = run(inputs, options().concurrency(2).timeout(Duration.ofSeconds(5)).build(),
        Checkpoints.NONE);
    assertThat(first.timedOut()).isTrue();
    assertThat(first.running()).isEqualTo(2);
    assertThat(first.queued()).isEqualTo(2);

    BatchSummary rerun = run(inputs, options().concurrency(2).build(), Checkpoints.NONE);
    assertThat(rerun.finished()).isEqualTo(4);
    assertOneTaskAndOneResultPerInput(4);
  }

  @Test
  void refusesInputsThatChangedSinceTheJournal() throws IOException {
    run(inputs(2), options().build(), Checkpoints.NONE);
    List<BatchInput> changed = List.of(inputs(2).get(0), BatchInput.of(2, Map.of("keyword", "other")));
    List<BatchInput> shorter = inputs(1);

    assertThatThrownBy(() -> run(changed, options().build(), Checkpoints.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the inputs are not those whose results");
    assertThatThrownBy(() -> run(shorter, options().build(), Checkpoints.NONE))
        .hasMessageContaining("the inputs are not those whose results");
    assertThat(run(inputs(2), options().build(), Checkpoints.NONE).finished()).isEqualTo(2);
    assertThat(api.created()).hasSize(2);
  }

  @Test
  void refusesAChangedInputWhoseTaskIsStillRunningNamingItsLine() throws IOException {
    run(inputs(3), options().timeout(Duration.ofSeconds(2)).build(), Checkpoints.NONE);
    List<BatchInput> changed = List.of(inputs(3).get(0), BatchInput.of(2, Map.of("keyword", "other")),
        inputs(3).get(2));

    assertThatThrownBy(() -> run(changed, options().build(), Checkpoints.NONE))
        .isInstanceOf(BatchInputException.class).hasMessageContaining("input 2 is not the one journal");
  }

  @Test
  void refusesAJournalOfAnotherWorkflow() throws IOException {
    run(inputs(1), options().build(), Checkpoints.NONE);

    assertThatThrownBy(() -> new BatchEngine(client, BatchTarget.workflow("wf-2"), inputs(1), options().build(),
        Checkpoints.NONE).run()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wf-1");
  }

  @Test
  void aRefusedKeyStopsTheBatchWithTheFailure() throws IOException {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
        return new okhttp3.mockwebserver.MockResponse().setResponseCode(401).setBody(
            "{\"code\":401,\"msg\":\"Invalid authorization\",\"data\":null,\"traceId\":\"t-401\"}");
      }
    });
    BatchSummary summary = run(inputs(3), options().build(), Checkpoints.NONE);

    assertThat(summary.stoppedBy()).isInstanceOf(com.browseract.client.errors.AuthenticationException.class);
    assertThat(summary.done()).isZero();
    assertThat(summary.stoppedBy().getMessage()).doesNotContain("sk-test");
  }

  /** Five inputs; the batch is cancelled as its second task starts. */
  BatchSummary runCancelledAtTheSecondStart(BatchOptions.Builder options) throws IOException {
    BatchEngine[] engine = new BatchEngine[1];
    BatchListener cancelAtSecondStart = new BatchListener() {
      @Override
      public void onStarted(BatchInput input, String taskId, int attempt) {
        if (input.position() == 2) {
          engine[0].cancel();
        }
      }
    };
    engine[0] = new BatchEngine(client, WORKFLOW, inputs(5), options.listener(cancelAtSecondStart).build(),
        Checkpoints.NONE);
    return engine[0].run();
  }

  @Test
  void cancellingWithStopOnCancelStopsTheRunningTasks() throws IOException {
    BatchSummary summary = runCancelledAtTheSecondStart(options().concurrency(3).stopOnCancel(true));

    assertThat(summary.interrupted()).isTrue();
    assertThat(api.created()).hasSize(2);
    assertThat(api.requests("stop-task")).isEqualTo(2);
    assertThat(summary.canceled()).isEqualTo(2);
    assertThat(summary.queued()).isEqualTo(3);
    assertThat(results()).extracting(r -> r.get("status")).containsExactly("canceled", "canceled");
  }

  @Test
  void cancellingLeavesTheRunningTasksRunningForTheRerun() throws IOException {
    BatchSummary summary = runCancelledAtTheSecondStart(options().concurrency(3));
    assertThat(summary.running()).isEqualTo(2);
    assertThat(api.requests("stop-task")).isZero();

    BatchSummary rerun = run(inputs(5), options().concurrency(3).build(), Checkpoints.NONE);
    assertThat(rerun.finished()).isEqualTo(5);
    assertOneTaskAndOneResultPerInput(5);
  }

  /** What a kill -9 does to the batch: it stops at once, its finally blocks aside. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }
}
