package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.WebhookOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batches with callbacks: a slot refilled at a callback before any read, ends confirmed by coalesced looks; lost,
 * forged and early callbacks, false alarms, and crashes between a refill and its confirmation.
 */
class BatchCallbacksTest extends FakeBatchApiTestBase {
  private static final String URL = "https://hooks.example.com/browseract/callbacks/s3cr3t";

  private CallbackTime callbacks;

  @BeforeEach
  void callBackAsBrowserActDoes() {
    callbacks = new CallbackTime(time, api, client.webhooks());
  }

  private BatchOptions.Builder options(Duration safetyLook) {
    return BatchOptions.builder().journal(dir.resolve("journal.jsonl")).results(dir.resolve("results.jsonl"))
        .reconcileSettle(Duration.ZERO).time(time, callbacks).callbackUrl(URL).safetyLookInterval(safetyLook);
  }

  private BatchSummary run(int inputs, BatchOptions options) throws IOException {
    return new BatchEngine(client, WORKFLOW, BatchEngineTest.inputs(inputs), options, Checkpoints.NONE).run();
  }

  private List<Map<String, Object>> results() throws IOException {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
      lines.add(JsonBodies.parse(line));
    }
    return lines;
  }

  /** Seconds "item N" runs: 4, 8 or 12. */
  private static final Function<String, Duration> FOUR_EIGHT_TWELVE = input -> {
    int n = Integer.parseInt(input.replaceAll(".*item (\\d+).*", "$1"));
    return Duration.ofSeconds(4L * (n % 3 + 1));
  };

  /** The wall time of a perfect run: each input started, in order, the instant a slot is free. */
  private static Duration perfect(int inputs, int slots, Function<String, Duration> durations) {
    PriorityQueue<Long> freeAt = new PriorityQueue<>();
    for (int slot = 0; slot < slots; slot++) {
      freeAt.add(0L);
    }
    long end = 0;
    for (int n = 1; n <= inputs; n++) {
      long taskEnd = freeAt.poll() + durations.apply("keyword=item " + n).toMillis();
      end = Math.max(end, taskEnd);
      freeAt.add(taskEnd);
    }
    return Duration.ofMillis(end);
  }

  @Test
  void refillsEachSlotTheMomentACallbackSaysItsTaskEndedAndConfirmsEndsTogether() throws IOException {
    api.durations = FOUR_EIGHT_TWELVE;
    BatchSummary summary = run(12, options(Duration.ofMinutes(5)).concurrency(3).build());

    assertThat(summary.finished()).isEqualTo(12);
    // No slot waited for a look of the polling schedule, nor for the 5-minute safety look.
    assertThat(summary.wallTime()).isEqualTo(perfect(12, 3, FOUR_EIGHT_TWELVE));
    assertThat(api.created()).hasSize(12).allSatisfy(task -> {
      assertThat(task.callbackUrl).isEqualTo(URL);
      assertThat(task.statusCallbackUrl).isEqualTo(URL);
    });
    assertThat(api.requests("run-task")).isEqualTo(12);
    // Tasks end at 4, 8, 12, 16, 20, 24, 28, 32 and 36 s: confirming looks at most every 10 s (10, 20, 30 s), and
    // the final one when the last running task called back (36 s): 4 lists for 9 moments at which tasks ended.
    long endMoments = api.created().stream().map(FakeBatchApi.FakeTask::end).distinct().count();
    assertThat(endMoments).isEqualTo(9);
    assertThat(api.requests("list-tasks")).isEqualTo(4);
    assertThat(api.requests("get-task") + api.requests("get-task-status")).isZero();
    assertThat(results()).extracting(r -> r.get("status")).containsOnly("finished");
    assertThat(callbacks.outcomes).hasSize(12).containsOnly(WebhookOutcome.ACCEPTED);
  }

  @Test
  void aBotBatchTakesRunCallbacksTheSameWay() throws IOException {
    api.durations = FOUR_EIGHT_TWELVE;
    BatchSummary summary = new BatchEngine(client, BatchTarget.bot("bot-1"), BatchEngineTest.inputs(12),
        options(Duration.ofMinutes(5)).concurrency(3).build(), Checkpoints.NONE).run();

    assertThat(summary.finished()).isEqualTo(12);
    assertThat(summary.wallTime()).isEqualTo(perfect(12, 3, FOUR_EIGHT_TWELVE));
    assertThat(api.created()).hasSize(12).allSatisfy(task -> {
      assertThat(task.callbackUrl).isEqualTo(URL);
      assertThat(task.statusCallbackUrl).isEqualTo(URL);
    });
    assertThat(api.requests("pageRuns")).isEqualTo(4);
    // A run's callback names it by task_id.
    assertThat(callbacks.outcomes).hasSize(12).containsOnly(WebhookOutcome.ACCEPTED);
  }

  @Test
  void aLostCallbackIsCaughtByTheSafetyLook() throws IOException {
    api.onCreated = task -> {
      if (task.input.contains("item 2")) {
        callbacks.lost.add(task.id);
      }
    };
    BatchSummary summary = run(3, options(Duration.ofSeconds(60)).concurrency(1).build());

    // item 1 ends at 10 s (called back); item 2 ends at 20 s unheard, seen by the safety look 60 s after the last
    // look (at 10 s), at 70 s; item 3 then ends at 80 s (called back).
    assertThat(summary.finished()).isEqualTo(3);
    assertThat(summary.wallTime()).isEqualTo(Duration.ofSeconds(80));
    assertThat(api.requests("list-tasks")).isEqualTo(3);
    assertThat(results()).extracting(r -> r.get("key")).containsExactly(
        BatchEngineTest.inputs(3).stream().map(BatchInput::key).toArray());
  }

  @Test
  void forgedAndUnknownCallbacksCostFewLooksAndNeverMakeAResult() throws IOException {
    api.durations = input -> Duration.ofSeconds(30);
    api.onCreated = task -> {
      String forged = "{\"id\":\"" + task.id + "\",\"status\":\"finished\",\"output\":{\"string\":\"forged\"}}";
      callbacks.script(Duration.ofSeconds(5), "{\"id\":\"666\",\"status\":\"finished\"}");
      for (int i = 0; i < 50; i++) {
        callbacks.script(Duration.ofMillis(5000 + 100 * i), forged);
      }
    };
    BatchSummary summary = run(1, options(Duration.ofMinutes(10)).build());

    assertThat(summary.finished()).isEqualTo(1);
    assertThat(summary.wallTime()).as("the result waited for the real end").isEqualTo(Duration.ofSeconds(30));
    // A forged callback every 0.1 s from 5 s to 9.9 s: each look finds the task running (a false alarm), so the
    // next hinted look waits 1, 2, 4, 8 s: looks at 5, 6, 8 and 12 s, then the look for the real end at 30 s.
    assertThat(api.requests("list-tasks")).isEqualTo(5);
    assertThat(callbacks.outcomes).first().isEqualTo(WebhookOutcome.UNKNOWN_TASK);
    assertThat(callbacks.outcomes).filteredOn(outcome -> outcome == WebhookOutcome.ACCEPTED).hasSize(51);
    Map<String, Object> result = results().get(0);
    assertThat(result.get("taskId")).isEqualTo(api.created().get(0).id);
    assertThat(result.get("output")).asString().doesNotContain("forged");
  }

  @Test
  void forgedCallbacksForAStragglerAskedForByIdAreSpacedToo() throws IOException {
    // item 1 runs 120 s, the 7 others 4 s: from 30 s on, item 1 is a straggler, asked for by id instead of listed.
    api.durations = input -> input.contains("item 1;") ? Duration.ofSeconds(120) : Duration.ofSeconds(4);
    api.onCreated = task -> {
      if (task.input.contains("item 1;")) {
        String forged = "{\"id\":\"" + task.id + "\",\"status\":\"finished\"}";
        for (int i = 0; i < 100; i++) {
          callbacks.script(Duration.ofMillis(40_000 + 100 * i), forged);
        }
      }
    };
    BatchSummary summary = run(8, options(Duration.ofMinutes(10)).concurrency(2).build());

    assertThat(summary.finished()).isEqualTo(8);
    assertThat(summary.wallTime()).isEqualTo(Duration.ofSeconds(120));
    // The flood from 40 s to 49.9 s: look-ups at 40, 41, 43, 47 and 55 s (each finds it running: 1, 2, 4, 8 s
    // apart), then one at the real end, 120 s, which also reads the ended task.
    assertThat(api.requests("get-task-status")).isEqualTo(6);
    assertThat(api.requests("get-task")).isEqualTo(1);
  }

  @Test
  void aCallbackThatOvertakesItsStartsAnswerStillRefillsAtOnce() throws IOException {
    api.durations = input -> Duration.ZERO;
    api.onCreated = callbacks::callBack;
    BatchSummary summary = run(3, options(Duration.ofMinutes(10)).concurrency(1).build());

    assertThat(summary.finished()).isEqualTo(3);
    // Each task ended, and called back, before its start was answered: without that callback each would wait 10 min.
    assertThat(summary.wallTime()).isZero();
    assertThat(callbacks.outcomes).hasSize(3).containsOnly(WebhookOutcome.ACCEPTED);
    // The final look, once the last start was answered, confirms the three ends.
    assertThat(api.requests("list-tasks")).isEqualTo(1);
  }

  /** Seconds "item N" runs: N. */
  private static final Function<String, Duration> N_SECONDS =
      input -> Duration.ofSeconds(Integer.parseInt(input.replaceAll(".*item (\\d+).*", "$1")));

  /** Records, per input's item number, when it started and when its result came, in seconds of batch time. */
  private final class Moments implements BatchListener {
    final Instant zero = time.instant();
    final Map<String, Long> started = new java.util.TreeMap<>();
    final Map<String, Long> listsBeforeStart = new java.util.TreeMap<>();
    final Map<String, Long> resulted = new java.util.TreeMap<>();

    @Override
    public void onStarted(BatchInput input, String taskId, int attempt) {
      started.put(item(input), seconds());
      listsBeforeStart.put(item(input), (long) api.requests("list-tasks"));
    }

    @Override
    public void onResult(BatchResult result) {
      resulted.put(item(result.input()), seconds());
    }

    private long seconds() {
      return Duration.between(zero, time.instant()).getSeconds();
    }

    private String item(BatchInput input) {
      return input.parameters().toString().replaceAll(".*item (\\d+).*", "$1");
    }
  }

  @Test
  void refillsBeforeAnyReadAndOneLookConfirmsEveryEndItSees() throws IOException {
    api.durations = N_SECONDS;
    Moments moments = new Moments();
    // Items 1-5 start at 0 and end at 1-5 s; items 6-10 take their slots then and end at 7, 9, 11, 13 and 15 s.
    BatchSummary summary = run(10, options(Duration.ofMinutes(5)).concurrency(5).listener(moments).build());

    assertThat(summary.finished()).isEqualTo(10);
    assertThat(summary.wallTime()).isEqualTo(perfect(10, 5, N_SECONDS)).isEqualTo(Duration.ofSeconds(15));
    assertThat(moments.started).containsEntry("6", 1L).containsEntry("10", 5L);
    assertThat(moments.listsBeforeStart).as("no read before any refill").containsEntry("10", 0L);
    // One look at 10 s confirms the 7 ends so far; the final one, at 15 s, the other 3.
    assertThat(api.requests("list-tasks")).isEqualTo(2);
    assertThat(moments.resulted).hasSize(10);
    assertThat(moments.resulted.values().stream().filter(at -> at == 10L)).hasSize(7);
    assertThat(moments.resulted.values().stream().filter(at -> at == 15L)).hasSize(3);
    assertThat(results()).extracting(r -> r.get("status")).containsOnly("finished");
  }

  @Test
  void aFalseAlarmGivesTheTaskItsSlotBackAndCallbacksAreTrustedLater() throws IOException {
    api.durations = input -> input.contains("item 1;") ? Duration.ofSeconds(30) : Duration.ofSeconds(10);
    api.onCreated = task -> {
      if (task.input.contains("item 1;")) {
        String forged = "{\"id\":\"" + task.id + "\",\"status\":\"finished\"}";
        callbacks.script(Duration.ofSeconds(5), forged);
        callbacks.script(Duration.ofMillis(10_500), forged);
      }
    };
    Moments moments = new Moments();
    BatchSummary summary = run(3, options(Duration.ofMinutes(5)).concurrency(1).listener(moments).build());

    assertThat(summary.finished()).isEqualTo(3);
    // 5 s: the forged callback frees item 1's slot, item 2 starts. 10 s: the look sees item 1 running, which takes
    // its slot back (two run, one over the limit). 10.5 s: a forged callback again, trusted from 11 s only; it frees
    // item 1's slot but item 2 still holds the only one. 15 s: item 2 ends and item 3 takes its slot.
    assertThat(moments.started).containsExactly(Map.entry("1", 0L), Map.entry("2", 5L), Map.entry("3", 15L));
    // Item 1's result waited for its real end.
    assertThat(moments.resulted).containsEntry("1", 30L).containsEntry("2", 20L);
    assertThat(summary.wallTime()).isEqualTo(Duration.ofSeconds(30));
    assertThat(api.requests("list-tasks")).isEqualTo(3);
    assertOneTaskAndOneResultPerInput(3);
    Map<String, Object> first = results().stream().filter(r -> r.get("taskId").equals(api.created().get(0).id))
        .findFirst().orElseThrow();
    assertThat(first.get("status")).isEqualTo("finished");
  }

  @ParameterizedTest
  @EnumSource(value = Checkpoints.Point.class, names = {"BEFORE_STARTING", "BEFORE_REQUEST", "BEFORE_STARTED"})
  void aCrashAfterARefillBeforeItsConfirmationResumesWithOneTaskPerInput(Checkpoints.Point point)
      throws IOException {
    List<BatchInput> inputs = BatchEngineTest.inputs(3);
    // Item 1 ends at 10 s and calls back: item 2 is started in its slot, and the batch dies there, item 1's end
    // not yet confirmed (the journal has it started, without an end).
    Checkpoints crash = (at, input) -> {
      if (at == point && input.equals(inputs.get(1))) {
        throw new BatchEngineTest.SimulatedCrash();
      }
    };
    BatchOptions options = options(Duration.ofMinutes(5)).concurrency(1).build();
    assertThatThrownBy(() -> new BatchEngine(client, WORKFLOW, inputs, options, crash).run())
        .isInstanceOf(BatchEngineTest.SimulatedCrash.class);
    assertThat(Files.readAllLines(dir.resolve("results.jsonl"))).as("no end before its confirmation").isEmpty();
    assertThat(api.requests("list-tasks")).isZero();
    time.move(Duration.ofSeconds(1));

    BatchSummary summary = new BatchEngine(client, WORKFLOW, inputs, options, Checkpoints.NONE).run();

    assertThat(summary.finished()).isEqualTo(3);
    assertOneTaskAndOneResultPerInput(3);
  }

  @Test
  void aStartRefusedAfterAForgedCallbackForAKnownTaskLosesAndDuplicatesNothing() throws IOException {
    api.foreignRunning.set(19); // the plan's limit of 20 leaves this batch one task at once
    api.durations = input -> input.contains("item 1;") ? Duration.ofSeconds(30) : Duration.ofSeconds(10);
    api.onCreated = task -> {
      if (task.input.contains("item 1;")) {
        callbacks.script(Duration.ofSeconds(5), "{\"id\":\"" + task.id + "\",\"status\":\"finished\"}");
      }
    };
    Moments moments = new Moments();
    BatchSummary summary = run(2, options(Duration.ofMinutes(5)).concurrency(1).listener(moments).build());

    assertThat(summary.finished()).isEqualTo(2);
    // The forged callback freed item 1's slot at 5 s: item 2's starts were refused (no task made) until the look at
    // 10 s gave item 1 its slot back; item 2 started when item 1 really ended.
    assertThat(api.requests("run-task")).isGreaterThan(2);
    assertThat(moments.started).containsExactly(Map.entry("1", 0L), Map.entry("2", 30L));
    assertThat(summary.wallTime()).isEqualTo(Duration.ofSeconds(40));
    assertThat(Files.readAllLines(dir.resolve("journal.jsonl"))).anyMatch(line -> line.contains("10118"));
    assertOneTaskAndOneResultPerInput(2);
  }

  private void assertOneTaskAndOneResultPerInput(int inputs) throws IOException {
    assertThat(api.tasksPerInput()).hasSize(inputs).allSatisfy((input, tasks) -> assertThat(tasks).as(input)
        .isEqualTo(1));
    List<String> taskIds = new ArrayList<>();
    api.created().forEach(task -> taskIds.add(task.id));
    assertThat(results()).extracting(r -> (String) r.get("taskId")).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(taskIds);
  }

  @Test
  void aCallbackForAnotherTaskHeardDuringAStartIsForgottenOnceItAnswers() {
    List<String> wakes = new ArrayList<>();
    CallbackInbox inbox = new CallbackInbox(() -> wakes.add("wake"), Duration.ofSeconds(30));
    assertThat(inbox.offer("t-unknown")).as("no start unanswered: a stranger's id").isFalse();

    inbox.startSent();
    assertThat(inbox.offer("t-other")).isTrue();
    assertThat(inbox.offer("t-mine")).isTrue();
    inbox.follow("t-mine");
    inbox.startAnswered();

    assertThat(inbox.take()).containsExactly("t-mine");
    assertThat(inbox.pendingLookAt()).isNull();
    assertThat(wakes).hasSize(2);
  }

  @Test
  void theCallbackUrlIsCheckedAndNeverShown() {
    assertThatThrownBy(() -> BatchOptions.builder().callbackUrl("ftp://hooks.example.com/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
    assertThatThrownBy(() -> BatchOptions.builder().safetyLookInterval(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("safetyLookInterval");
    BatchOptions options = BatchOptions.builder().journal(dir.resolve("j.jsonl")).callbackUrl(URL).build();
    assertThat(options.toString()).doesNotContain("s3cr3t").contains("callbackUrl=set");
    assertThat(options.callbackUrl()).contains(URL);
  }
}
