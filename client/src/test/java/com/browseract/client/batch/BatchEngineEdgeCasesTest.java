package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Cases a review of the batch engine found: each failed before its fix. */
class BatchEngineEdgeCasesTest extends FakeBatchApiTestBase {

  BatchOptions.Builder options() {
    return BatchOptions.builder().journal(dir.resolve("journal.jsonl")).results(dir.resolve("results.jsonl"))
        .time(time, time);
  }

  BatchSummary run(List<BatchInput> inputs, BatchOptions options) throws IOException {
    return new BatchEngine(client, WORKFLOW, inputs, options, Checkpoints.NONE).run();
  }

  List<String> results() throws IOException {
    return Files.readAllLines(dir.resolve("results.jsonl"), StandardCharsets.UTF_8);
  }

  static List<BatchInput> inputs(int count) {
    List<BatchInput> inputs = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("keyword", "item " + i);
      inputs.add(BatchInput.of(i, p));
    }
    return inputs;
  }

  /** F1: the journal's torn last line is parsed by JournalState.load before Journal.open cuts it. */
  @Test
  void aTornLastJournalLineIsDroppedOnResume() throws IOException {
    run(inputs(2), options().build());
    Files.writeString(dir.resolve("journal.jsonl"), "{\"type\":\"starting\",\"key\":\"3:ab", StandardOpenOption.APPEND);
    BatchSummary rerun = run(inputs(3), options().build());
    assertThat(rerun.finished()).isEqualTo(3);
  }

  /** F1b: same for the results file (ResultsFile.positions runs before TornLines.cut). */
  @Test
  void aTornLastResultsLineIsDroppedOnResume() throws IOException {
    run(inputs(2), options().build());
    Files.writeString(dir.resolve("results.jsonl"), "{\"key\":\"3:", StandardOpenOption.APPEND);
    BatchSummary rerun = run(inputs(3), options().build());
    assertThat(rerun.finished()).isEqualTo(3);
  }

  /**
   * F2: a start that takes 10 s and fails (client timeout / 502) while the server creates the task 2 s later.
   * reconcileSettle (3 s) is counted from the `starting` record, so the batch concludes "absent" at once, 0 s after
   * the failure, and starts the input again: two tasks for one input.
   */
  @Test
  void aSlowFailedStartWhoseTaskAppearsShortlyAfterIsNotStartedTwice() throws IOException {
    AtomicReference<RecordedRequest> pending = new AtomicReference<>();
    Instant[] failedAt = new Instant[1];
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        RecordedRequest late = pending.get();
        if (late != null && !time.instant().isBefore(failedAt[0].plusSeconds(2)) && pending.compareAndSet(late, null)) {
          api.dispatch(late); // the server finally creates the first task, 2 s after the client gave up
        }
        if (request.getPath().contains("run-task") && failedAt[0] == null) {
          time.move(Duration.ofSeconds(10)); // the request hangs 10 s
          failedAt[0] = time.instant();
          pending.set(request);
          return new MockResponse().setResponseCode(504).setBody("{\"code\":504,\"msg\":\"gateway timeout\"}");
        }
        return api.dispatch(request);
      }
    });
    run(inputs(1), options().build());
    assertThat(api.tasksPerInput()).containsExactly(Map.entry("keyword=item 1", 1));
  }

  /** F3: one input the API rejects with a 4xx (bad value) stops the batch, and every rerun stops at it again. */
  @Test
  void oneRejectedInputDoesNotWedgeTheWholeBatch() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().contains("run-task") && request.getBody().clone().readUtf8().contains("item 1\"")) {
          return new MockResponse().setResponseCode(400).setBody(
              "{\"code\":10004,\"msg\":\"Invalid input parameter value\",\"data\":null}");
        }
        return api.dispatch(request);
      }
    });
    run(inputs(5), options().build());
    BatchSummary rerun = run(inputs(5), options().build());
    assertThat(rerun.done()).isEqualTo(5);
    assertThat(rerun.failed()).isEqualTo(1);
    assertThat(results()).filteredOn(line -> line.contains("\"failed\"")).singleElement().asString()
        .contains("Invalid input parameter value");
  }

  /** F4: JSON Lines integers above 2^53 (product ids) are sent rounded. */
  @Test
  void jsonLinesKeepLargeIntegerIdsExact() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"product_id\": 77638424152140851}\n");
    BatchInput input = BatchInputs.jsonLines(file).iterator().next();
    assertThat(input.parameters().get("product_id")).isEqualTo("77638424152140851");
  }

  /** F5: without a results file every resume loads every earlier result into memory and re-delivers it. */
  @Test
  void aResumeWithoutResultsFileDoesNotRedeliverOrHoldEveryEarlierResult() throws IOException {
    run(inputs(5), options().results(null).build());
    List<BatchResult> seen = new CopyOnWriteArrayList<>();
    BatchListener listener = new BatchListener() {
      @Override
      public void onResult(BatchResult result) {
        seen.add(result);
      }
    };
    run(inputs(5), options().results(null).listener(listener).build());
    assertThat(seen).isEmpty();
  }

  /** F6: a journaled task the API no longer knows (10112) is looked up forever; the batch never ends. */
  @Test
  void aTaskTheApiNoLongerKnowsDoesNotKeepTheBatchOpenForever() throws IOException {
    BatchEngine[] engine = new BatchEngine[1];
    engine[0] = new BatchEngine(client, WORKFLOW, inputs(1), options().listener(new BatchListener() {
      @Override
      public void onStarted(BatchInput input, String taskId, int attempt) {
        engine[0].cancel();
      }
    }).build(), Checkpoints.NONE);
    engine[0].run();
    api = new FakeBatchApi(time, 20); // the task is gone (purged / deleted)
    server.setDispatcher(api);
    BatchSummary rerun = run(inputs(1), options().timeout(Duration.ofHours(6)).build());
    assertThat(rerun.timedOut()).isFalse();
    assertThat(rerun.failed()).isEqualTo(1);
    assertThat(api.requests("get-task-status")).isLessThan(5);
  }

  /**
   * One long task must not make every look page through all the tasks created since it began: beyond three times
   * the usual length it is asked for by id now and then, and the looks go on as without it.
   */
  @Test
  void oneLongTaskCostsAFewRequestsNotALookPerSecond() throws IOException {
    int count = 400;
    BatchSummary without = run(inputs(count), options().concurrency(20).build());
    int requestsWithout = api.requests();
    api = new FakeBatchApi(time, 20);
    api.durations = input -> input.equals("keyword=item 1") ? Duration.ofHours(10) : Duration.ofSeconds(10);
    server.setDispatcher(api);
    BatchSummary with = new BatchEngine(client, WORKFLOW, inputs(count), options().journal(dir.resolve("j2.jsonl"))
        .results(dir.resolve("r2.jsonl")).concurrency(20).timeout(Duration.ofMinutes(30)).build(), Checkpoints.NONE)
        .run();

    assertThat(without.done()).isEqualTo(count);
    assertThat(with.done()).isEqualTo(count - 1);
    double perTaskWithout = (double) requestsWithout / count;
    double perTaskWith = (double) api.requests() / (count - 1);
    assertThat(perTaskWith).as("requests per finished task: %.3f without the long task", perTaskWithout)
        .isLessThanOrEqualTo(1.5).isLessThan(perTaskWithout + 0.4);
    assertThat(api.requests("get-task-status")).as("asked for by id every 30 s").isBetween(30, 70);
  }

  /** F8: a network outage walks through the inputs, marking each unresolved, instead of pausing the starts. */
  @Test
  void anOutageDoesNotTurnEveryInputIntoAnUnresolvedOne() throws IOException {
    api.down = true;
    BatchSummary summary = run(inputs(40), options().concurrency(5).timeout(Duration.ofMinutes(30)).build());
    assertThat(summary.unresolved()).isEqualTo(1);
    assertThat(api.requests("run-task")).isEqualTo(1);
    assertThat(summary.stoppedBy()).isInstanceOf(com.browseract.client.errors.ServerException.class);
  }

  /** F9: the deadline is checked before "all done": a last look that ends after the deadline reports timedOut. */
  @Test
  void aBatchWhoseLastTaskIsSeenEndingJustAfterTheDeadlineIsNotTimedOut() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().contains("list-tasks")) {
          time.move(Duration.ofSeconds(1)); // a list request takes a second
        }
        return api.dispatch(request);
      }
    });
    Instant began = time.instant();
    Instant[] resultAt = new Instant[1];
    run(inputs(1), options().listener(new BatchListener() {
      @Override
      public void onResult(BatchResult result) {
        resultAt[0] = time.instant();
      }
    }).build());
    Duration timeout = Duration.between(began, resultAt[0]).minusMillis(500);
    BatchSummary second = new BatchEngine(client, WORKFLOW, inputs(1), options().journal(dir.resolve("j2.jsonl"))
        .results(dir.resolve("r2.jsonl")).timeout(timeout).build(), Checkpoints.NONE).run();
    assertThat(second.finished()).isEqualTo(1);
    assertThat(second.timedOut()).isFalse();
  }

  /** F10: nothing stops two runs of the same command sharing one journal: each starts the same inputs. */
  @Test
  void twoRunsOfOneJournalAtOnceDoNotStartAnInputTwice() throws Exception {
    List<BatchInput> in = inputs(10);
    Thread other = new Thread(() -> {
      try {
        run(in, options().concurrency(5).build());
      } catch (Exception e) {
        // the loser may fail; it must not start tasks
      }
    });
    other.start();
    try {
      run(in, options().concurrency(5).build());
    } catch (Exception e) {
      // as above
    }
    other.join();
    assertThat(api.tasksPerInput()).allSatisfy((input, tasks) -> assertThat(tasks).isEqualTo(1));
  }
}
