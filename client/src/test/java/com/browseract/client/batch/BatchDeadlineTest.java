package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A batch's timeout is a deadline: no request of the batch outlasts it. */
class BatchDeadlineTest extends FakeBatchApiTestBase {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aLookThatHangsIsCutOffAtTheBatchesTimeout() throws IOException {
    Instant began = time.instant();
    api.durations = input -> Duration.ofMinutes(10);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        // From 39 s on the lists hang: the client's own read timeout (30 s) would carry the batch that far past 40 s.
        if (request.getPath().contains("list-tasks")
            && !time.instant().isBefore(began.plus(Duration.ofSeconds(39)))) {
          return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
        }
        return api.dispatch(request);
      }
    });
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("keyword", "laptops");
    BatchOptions options = BatchOptions.builder().journal(dir.resolve("journal.jsonl"))
        .results(dir.resolve("results.jsonl")).time(time, time).maxWatchInterval(Duration.ofSeconds(1))
        .timeout(Duration.ofSeconds(40)).build();
    long realStart = System.nanoTime();

    BatchSummary summary = new BatchEngine(client, WORKFLOW, List.of(BatchInput.of(1, parameters)), options,
        Checkpoints.NONE).run();

    assertThat(summary.timedOut()).isTrue();
    assertThat(summary.running()).isEqualTo(1);
    // Batch time stands still during the hang; the hang itself lasts the second left, not 30 s.
    assertThat(Duration.ofNanos(System.nanoTime() - realStart)).isLessThan(Duration.ofSeconds(15));
  }
}
