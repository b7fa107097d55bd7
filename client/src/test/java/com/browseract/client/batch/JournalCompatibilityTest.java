package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Journals outlive the code that wrote them: a batch interrupted before an upgrade resumes after it. The fixture
 * {@value #FIXTURE} was written by the engine before the journal's format moved into {@link JournalRecord}
 * (commit "Tests: base fixtures named *TestBase", the scenario below), with every kind of record: the batch, a
 * start refused by the plan's limit, a start whose answer was lost (adopted), one that created nothing (absent),
 * an input the API rejected, a failed task retried, finished tasks.
 */
class JournalCompatibilityTest extends FakeBatchApiTestBase {
  static final String FIXTURE = "journal-written-before-typed-records.jsonl";

  private List<BatchInput> inputs() {
    List<BatchInput> inputs = new ArrayList<>();
    String[] keywords = {"rejected", "fail twice", "lost nothing", "lost answer", "fine"};
    for (int i = 0; i < keywords.length; i++) {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("keyword", keywords[i]);
      parameters.put("max_items", String.valueOf(i));
      inputs.add(BatchInput.of(i + 1, parameters));
    }
    return inputs;
  }

  private BatchOptions.Builder options() {
    return BatchOptions.builder().journal(dir.resolve("journal.jsonl")).results(dir.resolve("results.jsonl"))
        .reconcileSettle(Duration.ZERO).concurrency(2).retryFailed(1).time(time, time);
  }

  /** The scenario that wrote the fixture: a plan of one task at once, and starts that go wrong in each way. */
  private BatchSummary runScenario() throws IOException {
    FakeBatchApi onePlanSlot = new FakeBatchApi(time, 1);
    Set<String> misbehaved = ConcurrentHashMap.newKeySet();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().clone().readUtf8();
        if (request.getPath().contains("run-task")) {
          if (body.contains("rejected")) {
            return new MockResponse().setResponseCode(400)
                .setBody("{\"code\":10004,\"msg\":\"Invalid input parameter value\",\"data\":null}");
          }
          if (body.contains("lost nothing") && misbehaved.add("lost nothing")) {
            return new MockResponse().setResponseCode(504).setBody("{\"code\":504,\"msg\":\"gateway timeout\"}");
          }
          if (body.contains("lost answer") && onePlanSlot.running() == 0 && misbehaved.add("lost answer")) {
            onePlanSlot.dispatch(request);
            return new MockResponse().setResponseCode(504).setBody("{\"code\":504,\"msg\":\"gateway timeout\"}");
          }
        }
        return onePlanSlot.dispatch(request);
      }
    });
    return new BatchEngine(client, WORKFLOW, inputs(), options().build(), Checkpoints.NONE).run();
  }

  private static String fixture() throws IOException {
    try (InputStream in = JournalCompatibilityTest.class.getResourceAsStream(FIXTURE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theJournalIsWrittenByteForByteAsBefore() throws IOException {
    runScenario();

    String journal = Files.readString(dir.resolve("journal.jsonl"));
    assertThat(journal).isEqualTo(fixture());
  }

  @Test
  void aJournalWrittenBeforeResumesWithoutStartingAnythingAndRewritesItsResults() throws IOException {
    Files.writeString(dir.resolve("journal.jsonl"), fixture());

    BatchSummary summary = new BatchEngine(client, WORKFLOW, inputs(), options().build(), Checkpoints.NONE).run();

    assertThat(api.requests("run-task")).isZero();
    assertThat(summary.finished()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(2);
    assertThat(summary.credits()).isEqualTo(12);
    List<String> results = Files.readAllLines(dir.resolve("results.jsonl"), StandardCharsets.UTF_8);
    assertThat(results).hasSize(5);
    assertThat(results).filteredOn(line -> line.contains("\"rejected\"")).singleElement().asString()
        .contains("\"status\":\"failed\"").contains("Invalid input parameter value");
    assertThat(results).filteredOn(line -> line.contains("\"lost answer\"")).singleElement().asString()
        .contains("\"taskId\":\"90000000004\"").contains("\"status\":\"finished\"");
  }

  @Test
  void aJournalWrittenBeforeRefusesOtherInputs() throws IOException {
    Files.writeString(dir.resolve("journal.jsonl"), fixture());
    List<BatchInput> changed = new ArrayList<>(inputs());
    changed.set(4, BatchInput.of(5, Map.of("keyword", "other", "max_items", "4")));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BatchEngine(client, WORKFLOW, changed,
        options().build(), Checkpoints.NONE).run()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the inputs are not those whose results journal");
    assertThat(api.requests("run-task")).isZero();
  }
}
