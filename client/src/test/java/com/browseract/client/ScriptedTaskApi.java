package com.browseract.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake API that answers by the (fake) clock: one task that runs and ends {@link #endsAfter} after the start, and
 * an outage from {@link #outageFrom} to {@link #outageTo} during which every request gets {@link #outage}.
 */
final class ScriptedTaskApi extends Dispatcher {
  private final FakeTime time;
  private final Instant start;
  volatile Duration endsAfter = Duration.ofMinutes(2);
  volatile Duration outageFrom = Duration.ofDays(1);
  volatile Duration outageTo = Duration.ofDays(1);
  volatile Supplier<MockResponse> outage = () -> MockApiTestBase.error(503, 503, "Service unavailable", "trace-out");
  /** When set, answers get-task (outside an outage) instead of the task; null from it means the task after all. */
  volatile Supplier<MockResponse> fullRead;
  /** Every request, as "elapsed seconds path". */
  final List<String> seen = new CopyOnWriteArrayList<>();

  ScriptedTaskApi(FakeTime time) {
    this.time = time;
    this.start = time.instant();
  }

  Duration elapsed() {
    return Duration.between(start, time.instant());
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Duration now = elapsed();
    seen.add(now.toSeconds() + "s " + request.getPath());
    if (now.compareTo(outageFrom) >= 0 && now.compareTo(outageTo) < 0) {
      return outage.get();
    }
    String status = now.compareTo(endsAfter) >= 0 ? "finished" : "running";
    String path = request.getPath();
    if (path.startsWith("/v2/workflow/get-task-status")) {
      return MockApiTestBase.status(status);
    }
    if (path.startsWith("/v2/workflow/get-task")) {
      MockResponse instead = fullRead == null ? null : fullRead.get();
      return instead != null ? instead : MockApiTestBase.task("t1", status);
    }
    if (path.startsWith("/v2/workflow/run-task")) {
      return MockApiTestBase.json(200, "{\"id\":\"t1\"}");
    }
    return new MockResponse().setResponseCode(200);
  }

  long requestsSince(Duration from) {
    return seen.stream().filter(line -> Long.parseLong(line.substring(0, line.indexOf('s'))) >= from.toSeconds())
        .count();
  }
}
