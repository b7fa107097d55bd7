package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.AuthenticationException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.ServerException;
import com.browseract.client.errors.WaitTimeoutException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Waits that outlive an API outage, in fake time: the fake API ends its task at a scripted moment and fails every
 * request during a scripted window; the synchronous wait sleeps on the fake clock, the asynchronous one is driven by
 * a scheduler that moves it.
 */
class WaitOutageTest extends MockApiTestBase {
  private ScriptedTaskApi api;
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final TaskListener listener = new TaskListener() {
    @Override
    public void onPollFailed(String taskId, BrowserActException error, Instant failingSince) {
      heard.add("failed since " + Duration.between(Instant.parse("2026-11-29T00:00:00Z"), failingSince).toSeconds()
          + " s: " + error.getClass().getSimpleName());
    }

    @Override
    public void onPollRecovered(String taskId, Duration downtime) {
      heard.add("recovered after " + downtime.toSeconds() + " s");
    }
  };

  @BeforeEach
  void script() {
    client.close();
    client = clientBuilder().scheduler(new FakeScheduler(time)).build();
    api = new ScriptedTaskApi(time);
    server.setDispatcher(api);
  }

  private Task await(boolean async, WaitOptions options) throws Exception {
    if (!async) {
      return client.tasks().waitFor("t1", options);
    }
    try {
      return client.tasks().waitForAsync("t1", options).get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  private WaitOptions fiveMinutes() {
    return WaitOptions.builder().timeout(Duration.ofMinutes(5)).listener(listener).build();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aSixtySecondOutageInsideAFiveMinuteWaitEndsWithTheTask(boolean async) throws Exception {
    api.endsAfter = Duration.ofMinutes(3);
    api.outageFrom = Duration.ofSeconds(30);
    api.outageTo = Duration.ofSeconds(90);

    Task task = await(async, fiveMinutes());

    assertThat(task.getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(api.elapsed()).isBetween(Duration.ofMinutes(3), Duration.ofMinutes(3).plusSeconds(11));
    assertThat(heard).first().asString().matches("failed since (3\\d|4\\d) s: ServerException");
    assertThat(heard).filteredOn(line -> line.startsWith("recovered")).singleElement().asString()
        .matches("recovered after (4\\d|5\\d|6\\d) s");
    assertThat(client.requestsTracked()).isZero();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anOutagePastTheDeadlineEndsWithTheLastErrorAsCause(boolean async) {
    api.outageFrom = Duration.ofSeconds(30);

    assertThatThrownBy(() -> await(async, fiveMinutes()))
        .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
          assertThat(e.apiWasFailing()).isTrue();
          assertThat(e.getCause()).isInstanceOf(ServerException.class);
          assertThat(e.getMessage()).contains("The API had been failing for").contains("trace-out");
          assertThat(e.waited()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(5).plusSeconds(10));
        });
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anErrorThatCannotHealEndsTheWaitAtOnce(boolean async) {
    api.outageFrom = Duration.ofSeconds(30);
    api.outage = () -> error(401, 401, "Invalid authorization", "trace-401");

    assertThatThrownBy(() -> await(async, fiveMinutes())).isInstanceOf(AuthenticationException.class);
    assertThat(api.elapsed()).isLessThan(Duration.ofSeconds(45));
    assertThat(api.requestsSince(Duration.ofSeconds(30))).isEqualTo(1);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void connectionFailuresAndUnreadableAnswersAreOutagesToo(boolean async) throws Exception {
    api.endsAfter = Duration.ofMinutes(2);
    api.outageFrom = Duration.ofSeconds(20);
    api.outageTo = Duration.ofSeconds(80);
    api.outage = () -> api.elapsed().getSeconds() % 2 == 0
        ? new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START)
        : json(200, "<html>maintenance</html>");

    assertThat(await(async, fiveMinutes()).getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(heard).anyMatch(line -> line.endsWith("ConnectionException") || line.endsWith("InvalidResponseException"));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void retryAfterIsHonouredAndPollsAreNeverFasterThanTheSchedule(boolean async) throws Exception {
    api.endsAfter = Duration.ofMinutes(2);
    api.outageFrom = Duration.ofSeconds(20);
    api.outageTo = Duration.ofSeconds(60);
    api.outage = () -> error(429, 429, "slow down", "t429").setHeader("Retry-After", "25");

    await(async, fiveMinutes());

    assertThat(time.sleeps).contains(Duration.ofSeconds(25));
    // The outage lasts 40 s: with the client's two quick retries per poll and 25 s between polls, a handful.
    assertThat(api.requestsSince(Duration.ofSeconds(20)) - api.requestsSince(Duration.ofSeconds(60))).isLessThan(12);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aFailureToleranceEndsTheWaitSooner(boolean async) {
    api.outageFrom = Duration.ofSeconds(30);
    WaitOptions patient = fiveMinutes().toBuilder().failureTolerance(Duration.ofSeconds(40)).build();

    assertThatThrownBy(() -> await(async, patient))
        .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
          assertThat(e.apiWasFailing()).isTrue();
          assertThat(e.waited()).isBetween(Duration.ofSeconds(70), Duration.ofSeconds(95));
        });
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aFullReadThatIsNeverReadableEndsTheWaitAsABrokenContractNotAnOutage(boolean async) {
    api.endsAfter = Duration.ofSeconds(10);
    api.fullRead = () -> json(200, "{\"id\":\"t1\",\"status\":\"finished\",\"workflow_id\":\"w");

    assertThatThrownBy(() -> await(async, fiveMinutes()))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.kind()).isEqualTo(ErrorKind.BROKEN_CONTRACT);
          assertThat(e.operation()).isEqualTo("getTask");
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.bodySnippet()).startsWith("{\"id\":\"t1\",\"status\":\"finished\"");
          assertThat(e.getMessage()).contains("answered 3 times in a row").contains("traceId");
        });
    // Seen ending at 10 s; the status answered in between every unreadable read, which is no recovery of the read.
    assertThat(api.elapsed()).isLessThan(Duration.ofSeconds(20));
    assertThat(heard).containsExactly("failed since 10 s: InvalidResponseException",
        "failed since 10 s: InvalidResponseException");
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void oneUnreadableFullReadIsLetPassAndTheReadAnsweringAgainIsTheRecovery(boolean async) throws Exception {
    api.endsAfter = Duration.ofSeconds(10);
    AtomicInteger reads = new AtomicInteger();
    api.fullRead = () -> reads.getAndIncrement() == 0 ? json(200, "{\"id\":\"t1\",\"sta") : null;

    assertThat(await(async, fiveMinutes()).getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(heard).hasSize(2).last().asString().startsWith("recovered after");
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aPollThatHangsIsCutOffAtTheDeadline(boolean async) {
    client.close();
    time.withRealTimePassing();
    // Alone, the read timeout would carry the hanging poll 30 s past the deadline.
    client = clientBuilder().scheduler(new FakeScheduler(time)).readTimeout(Duration.ofSeconds(30)).build();
    api = new ScriptedTaskApi(time);
    server.setDispatcher(api);
    api.endsAfter = Duration.ofMinutes(10);
    api.outageFrom = Duration.ofSeconds(38);
    api.outage = () -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    // Polls every 2 s: the one at 38 s (and a little real time) hangs with under 2 s left.
    WaitOptions fortySeconds = WaitOptions.builder().timeout(Duration.ofSeconds(40)).pollSchedule(PollSchedule.builder().initialInterval(Duration.ofSeconds(2)).multiplier(1).maxInterval(Duration.ofSeconds(2)).build()).listener(listener).build();

    assertThatThrownBy(() -> await(async, fortySeconds))
        .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
          assertThat(e.apiWasFailing()).isTrue();
          assertThat(e.waited()).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(41));
        });
    assertThat(api.elapsed()).isLessThan(Duration.ofSeconds(41));
    assertThat(api.requestsSince(Duration.ofSeconds(38))).isEqualTo(1);
  }
}
