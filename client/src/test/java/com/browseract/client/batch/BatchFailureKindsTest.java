package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ErrorKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A batch acts on a failed look at its tasks as a wait acts on a failed poll (ErrorClassificationTest): what may
 * heal is waited out, anything else stops the batch at once with that failure.
 */
class BatchFailureKindsTest extends FakeBatchApiTestBase {
  @ParameterizedTest(name = "HTTP {0} code {1}: {2}")
  @CsvSource({
      "503, 503, TRANSIENT, true",
      "500, , TRANSIENT, true",
      "429, 429, REFUSED, true",
      "401, 401, FIX_ACCOUNT, false",
      "403, 403, FIX_ACCOUNT, false",
      "400, 99002, FIX_ACCOUNT, false",
      "400, 99001, FIX_REQUEST, false",
      "422, , FIX_REQUEST, false",
      "404, , FIX_TARGET, false"})
  void aFailedLookGoesOnOrStopsAsItsKindSays(int status, Integer code, ErrorKind kind, boolean goesOn)
      throws IOException {
    Instant began = time.instant();
    String body = code == null ? "" : "{\"code\":" + code + ",\"msg\":\"m\",\"traceId\":\"tr\"}";
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        Duration at = Duration.between(began, time.instant());
        if (request.getPath().contains("list-tasks") && at.getSeconds() >= 3 && at.getSeconds() < 20) {
          return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
              .setBody(body);
        }
        return api.dispatch(request);
      }
    });
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("keyword", "laptops");
    List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    BatchOptions options = BatchOptions.builder().journal(dir.resolve("journal.jsonl"))
        .results(dir.resolve("results.jsonl")).time(time, time).listener(new BatchListener() {
          @Override
          public void onTransientFailure(Throwable failure) {
            failures.add(((BrowserActException) failure).kind().name());
          }
        }).build();

    BatchSummary summary = new BatchEngine(client, WORKFLOW, List.of(BatchInput.of(1, parameters)), options,
        Checkpoints.NONE).run();

    if (goesOn) {
      assertThat(summary.stoppedBy()).isNull();
      assertThat(summary.finished()).isEqualTo(1);
      assertThat(failures).isNotEmpty().containsOnly(kind.name());
    } else {
      assertThat(summary.stoppedBy()).isInstanceOfSatisfying(BrowserActException.class,
          e -> assertThat(e.kind()).isEqualTo(kind));
      assertThat(summary.finished()).isZero();
      assertThat(failures).isEmpty();
    }
  }
}
