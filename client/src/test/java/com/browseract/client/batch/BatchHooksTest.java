package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import com.browseract.client.ClientListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The client's {@link ClientListener}s hear every batch of that client, its end included, beside its own listener. */
class BatchHooksTest extends FakeBatchApiTest {
  final List<String> heard = new CopyOnWriteArrayList<>();

  @Test
  void aClientListenerHearsTheBatchAndItsSummaryBesideTheBatchsOwnListener() {
    List<String> own = new CopyOnWriteArrayList<>();
    try (BrowserAct hooked = client.toBuilder().addListener(new ClientListener() {
      @Override
      public BatchListener onBatchStart(BatchTarget target) {
        heard.add("start " + target.id());
        return new BatchListener() {
          @Override
          public void onResult(BatchResult result) {
            heard.add("result " + result.status());
          }

          @Override
          public void onEnd(BatchSummary summary, Throwable failure) {
            heard.add("end " + summary.finished() + " finished, failure " + failure);
          }
        };
      }
    }).addListener(new ClientListener() {
      @Override
      public BatchListener onBatchStart(BatchTarget target) {
        throw new IllegalStateException("a broken hook");
      }
    }).build()) {
      BatchOptions options = BatchOptions.builder().journal(dir.resolve("journal.jsonl"))
          .results(dir.resolve("results.jsonl")).reconcileSettle(Duration.ZERO).time(time, time).concurrency(2)
          .listener(new BatchListener() {
            @Override
            public void onResult(BatchResult result) {
              own.add(result.input().key());
            }
          }).build();
      BatchSummary summary = Batches.start(new BatchEngine(hooked, WORKFLOW, BatchEngineTest.inputs(3), options,
          Checkpoints.NONE)).summary().join();

      assertThat(summary.finished()).isEqualTo(3);
    }
    assertThat(own).hasSize(3);
    assertThat(heard).containsExactly("start wf-1", "result finished", "result finished", "result finished",
        "end 3 finished, failure null");
  }
}
