package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import com.browseract.client.model.TaskStatus;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class BrowserActTest extends MockApiTest {
  @Test
  void sendsBearerTokenAndUserAgent() throws Exception {
    client.close();
    client = clientBuilder().userAgentSuffix("my-service/1.2").build();
    server.enqueue(json(200, "[{\"name\":\"United States\",\"code\":\"US\"}]"));

    assertThat(client.regions().list()).extracting(r -> r.getCode()).containsExactly("US");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeader("User-Agent")).startsWith("browseract-java/").endsWith(" my-service/1.2");
  }

  @Test
  void apiKeyNeverAppearsInToStringOrMessages() {
    server.enqueue(error(401, 401, "bad key", "t"));

    assertThat(client.toString()).doesNotContain(API_KEY).contains("██");
    assertThat(client.toBuilder().toString()).doesNotContain(API_KEY);
    assertThatThrownBy(() -> client.tasks().get("t"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY));
  }

  @Test
  void requestLogGoesToSlf4jNamingTheCallButNeverTheKey() {
    client.close();
    client = clientBuilder().logLevel(LogLevel.DEBUG).build();
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      server.enqueue(status("running"));
      client.tasks().status("task_1");
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("INFO com.browseract.client.http - <-- getTaskStatus GET")
        .contains("(attempt 1)").doesNotContain(API_KEY);
  }

  @Test
  void missingOrBlankKeyIsAClearError() {
    assertThatThrownBy(() -> BrowserAct.builder().build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiKey must be set");
    assertThatThrownBy(() -> BrowserAct.builder().apiKey("  ").build()).hasMessageContaining("apiKey must be set");
    assertThatThrownBy(() -> BrowserAct.builder().fromEnv(Map.of()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BROWSERACT_API_KEY");
  }

  @Test
  void fromEnvReadsKeyAndBaseUrl() {
    try (BrowserAct fromEnv = BrowserAct.builder().fromEnv(Map.of("BROWSERACT_API_KEY", "k",
        "BROWSERACT_BASE_URL", "http://127.0.0.1:4010")).build()) {
      assertThat(fromEnv.baseUrl()).isEqualTo("http://127.0.0.1:4010");
    }
    try (BrowserAct defaults = BrowserAct.builder().fromEnv(Map.of("BROWSERACT_API_KEY", "k")).build()) {
      assertThat(defaults.baseUrl()).isEqualTo(BrowserAct.DEFAULT_BASE_URL);
    }
    try (BrowserAct overridden = BrowserAct.builder().fromEnv(Map.of("BROWSERACT_API_KEY", "k",
        "BROWSERACT_BASE_URL", "http://127.0.0.1:4010")).maxRetries(7).baseUrl("http://127.0.0.1:9").build()) {
      assertThat(overridden.baseUrl()).isEqualTo("http://127.0.0.1:9");
      assertThat(overridden.config().maxRetries()).isEqualTo(7);
      assertThat(overridden.config().toBuilder().maxRetries(1).buildConfig().maxRetries()).isEqualTo(1);
      assertThat(overridden.config().maxRetries()).as("immutable").isEqualTo(7);
    }
  }

  @Test
  void plainHttpIsRefusedOffLoopbackUnlessAllowed() {
    assertThatThrownBy(() -> BrowserAct.builder().apiKey("k").baseUrl("http://api.example.com").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain http to api.example.com");
    BrowserAct.builder().apiKey("k").baseUrl("http://api.example.com").allowInsecureHttp(true).build().close();
    BrowserAct.builder().apiKey("k").baseUrl("http://localhost:4010").build().close();
    BrowserAct.builder().apiKey("k").baseUrl("http://[::1]:4010").build().close();
    assertThatThrownBy(() -> BrowserAct.builder().apiKey("k").baseUrl("not a url").build())
        .hasMessageContaining("baseUrl must be an absolute http(s) URL");
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> BrowserAct.builder().apiKey("k").maxRetries(-1).build())
        .hasMessage("maxRetries must be 0 or more, was -1");
    assertThatThrownBy(() -> BrowserAct.builder().apiKey("k").readTimeout(java.time.Duration.ZERO).build())
        .hasMessage("readTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> BrowserAct.builder().maxConcurrentRequests(0))
        .hasMessage("maxConcurrentRequests must be at least 1, was 0");
  }

  @Test
  void asyncCallsHoldNoMoreThreadsThanMaxConcurrentRequests() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        release.await(5, TimeUnit.SECONDS);
        inFlight.decrementAndGet();
        return new MockResponse().setBody("{\"status\":\"running\"}");
      }
    });
    // Threads of clients that other tests closed may still be ending: only threads born here are this client's.
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
    try (BrowserAct bounded = clientBuilder().maxConcurrentRequests(3).build()) {
      List<CompletableFuture<TaskStatus>> calls = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        calls.add(bounded.tasks().statusAsync("t" + i));
      }
      while (inFlight.get() < 3) {
        Thread.sleep(5);
      }
      Thread.sleep(100);
      release.countDown();

      assertThat(CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS)).isNull();
      // OkHttp renames a thread while it runs a call, so the pool is counted once the calls are done.
      long httpThreads = Thread.getAllStackTraces().keySet().stream()
          .filter(thread -> !before.contains(thread) && thread.getName().startsWith("browseract-http-")).count();
      assertThat(mostInFlight.get()).isEqualTo(3);
      assertThat(httpThreads).isEqualTo(3);
      assertThat(calls).allSatisfy(call -> assertThat(call.join()).isEqualTo(TaskStatus.RUNNING));
    }
  }
}
