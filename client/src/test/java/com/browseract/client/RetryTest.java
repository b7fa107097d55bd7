package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.RateLimitException;
import com.browseract.client.errors.ServerException;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.TaskStatus;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

class RetryTest extends MockApiTestBase {
  private static final RunTaskRequest RUN = new RunTaskRequest().workflowId("wf_1");

  @Test
  void readIsRetriedOn503ThenSucceeds() {
    server.enqueue(error(503, 503, "busy", "t1"));
    server.enqueue(status("running"));

    assertThat(client.tasks().status("task_1")).isEqualTo(TaskStatus.RUNNING);
    assertThat(server.getRequestCount()).isEqualTo(2);
    // Full jitter with random 0.5 over a 500 ms ceiling.
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void readGivesUpAfterMaxRetriesWithGrowingBackoff() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(500, 500, "boom", "t" + i));
    }

    assertThatThrownBy(() -> client.tasks().get("task_1"))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("traceId t2");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void backoffIsCappedAtMaxBackoff() {
    client.close();
    client = clientBuilder().maxRetries(6).random(() -> 1.0).build();
    for (int i = 0; i < 7; i++) {
      server.enqueue(error(502, 502, "bad gateway", "t"));
    }

    assertThatThrownBy(() -> client.regions().list()).isInstanceOf(ServerException.class);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(8));
  }

  @Test
  void badRequestIsNotRetried() {
    server.enqueue(error(400, 400, "Invalid task_id", "t"));

    assertThatThrownBy(() -> client.tasks().get("task_1")).isInstanceOf(InvalidRequestException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void runTaskIsSentExactlyOnceOn503() {
    server.enqueue(error(503, 503, "busy", "trace-503"));
    server.enqueue(json(200, "{\"id\":\"second\"}"));

    assertThatThrownBy(() -> client.tasks().run(RUN))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("runTask failed: HTTP 503")
        .hasMessageContaining("may have been created");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void runTaskIsSentExactlyOnceOnReadTimeout() {
    client.close();
    client = clientBuilder().readTimeout(Duration.ofMillis(300)).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(json(200, "{\"id\":\"second\"}"));

    assertThatThrownBy(() -> client.tasks().run(RUN))
        .isInstanceOfSatisfying(ConnectionException.class,
            e -> assertThat(e.requestMayHaveBeenProcessed()).isTrue())
        .hasMessageContaining("may have been created");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a503WithRetryAfterZeroIsRetriedByThePolicyNotSilentlyByOkHttp() {
    server.enqueue(error(503, 503, "busy", "t").setHeader("Retry-After", "0"));
    server.enqueue(status("running"));

    assertThat(client.tasks().status("task_1")).isEqualTo(TaskStatus.RUNNING);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(Duration.ZERO);
  }

  @Test
  void aStartAnswered503WithRetryAfterZeroIsSentOnceAndTheHeaderReachesTheCaller() {
    server.enqueue(error(503, 503, "busy", "trace-503").setHeader("Retry-After", "0"));
    server.enqueue(json(200, "{\"id\":\"second\"}"));

    assertThatThrownBy(() -> client.tasks().run(RUN))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.kind()).isEqualTo(ErrorKind.TASK_MAY_EXIST);
          assertThat(e.retryAfter()).contains(Duration.ZERO);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a408IsRetriedByThePolicyOnly() {
    server.enqueue(new MockResponse().setResponseCode(408));
    server.enqueue(new MockResponse().setResponseCode(408));
    server.enqueue(new MockResponse().setResponseCode(408));

    assertThatThrownBy(() -> client.tasks().status("task_1")).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps).hasSize(2);
  }

  @Test
  void runTemplateTaskIsSentExactlyOnceOn500() {
    server.enqueue(error(500, 500, "boom", "t"));

    assertThatThrownBy(() -> client.tasks().runTemplate(
        new com.browseract.client.model.RunTemplateTaskRequest().workflowTemplateId("tpl")))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void runTaskIsRetriedOn429HonouringRetryAfterSeconds() throws Exception {
    server.enqueue(error(429, 429, "slow down", "t").setHeader("Retry-After", "3"));
    server.enqueue(json(200, "{\"id\":\"task_9\"}"));

    assertThat(client.tasks().run(RUN).getId()).isEqualTo("task_9");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
  }

  @Test
  void retryAfterAsHttpDateIsHonoured() {
    String inSeven = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(time.instant().plusSeconds(7), time.getZone()));
    server.enqueue(error(429, 429, "slow down", "t").setHeader("Retry-After", inSeven));
    server.enqueue(status("finished"));

    assertThat(client.tasks().status("task_1")).isEqualTo(TaskStatus.FINISHED);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void rateLimitExceptionCarriesRetryAfterWhenRetriesRunOut() {
    client.close();
    client = clientBuilder().maxRetries(0).build();
    server.enqueue(error(429, 429, "slow down", "trace-429").setHeader("Retry-After", "12"));

    assertThatThrownBy(() -> client.workflows().list(WorkflowListParams.builder().page(1).limit(10).build()))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
          assertThat(e.traceId()).isEqualTo("trace-429");
        });
  }

  @Test
  void runTaskIsRetriedWhenTheConnectionIsRefused() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    client.close();
    client = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort + "/").build();

    assertThatThrownBy(() -> client.tasks().run(RUN))
        .isInstanceOfSatisfying(ConnectionException.class,
            e -> assertThat(e.requestMayHaveBeenProcessed()).isFalse())
        .hasMessageContaining("the request was not sent");
    assertThat(time.sleeps).hasSize(2);
  }

  @Test
  void stopAndResumeAreRetriedOn5xx() {
    server.enqueue(error(502, 502, "bad gateway", "t"));
    server.enqueue(new MockResponse().setResponseCode(200));
    server.enqueue(error(504, 504, "timeout", "t"));
    server.enqueue(new MockResponse().setResponseCode(200));

    client.tasks().stop("task_1", 101);
    client.tasks().resume("task_1");

    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void readIsRetriedAfterAReadTimeout() {
    client.close();
    client = clientBuilder().readTimeout(Duration.ofMillis(300)).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(status("running"));

    assertThat(client.tasks().status("task_1")).isEqualTo(TaskStatus.RUNNING);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void asyncCallsFollowTheSameRules() throws Exception {
    client.close();
    client = clientBuilder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build();
    server.enqueue(error(503, 503, "busy", "t"));
    server.enqueue(status("paused"));
    server.enqueue(error(503, 503, "busy", "t-run"));

    assertThat(client.tasks().statusAsync("task_1").get()).isEqualTo(TaskStatus.PAUSED);
    assertThatThrownBy(() -> client.tasks().runAsync(RUN).join())
        .hasCauseInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void asyncRetryOnAClosedClientFailsInsteadOfHanging() {
    server.enqueue(error(503, 503, "busy", "t").setHeadersDelay(300, java.util.concurrent.TimeUnit.MILLISECONDS));

    java.util.concurrent.CompletableFuture<TaskStatus> status = client.tasks().statusAsync("task_1");
    client.close();

    assertThatThrownBy(() -> status.get(5, java.util.concurrent.TimeUnit.SECONDS))
        .hasCauseInstanceOf(BrowserActException.class)
        .hasMessageContaining("client was closed");
  }
}
