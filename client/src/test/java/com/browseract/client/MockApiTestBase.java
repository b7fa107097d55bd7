package com.browseract.client;

import com.browseract.client.batch.NoDelayServerSockets;
import java.io.IOException;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that talk to a scripted {@link MockWebServer} through a real client. */
abstract class MockApiTestBase {
  static final String API_KEY = "sk-test-SECRET-4242";

  MockWebServer server;
  FakeTime time;
  BrowserAct client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.start();
    time = new FakeTime();
    client = clientBuilder().build();
  }

  @AfterEach
  void stopServer() throws IOException {
    client.close();
    server.shutdown();
  }

  ClientConfig.Builder clientBuilder() {
    return BrowserAct.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/").toString())
        .readTimeout(Duration.ofSeconds(2))
        .sleeper(time)
        .clock(time)
        .random(() -> 0.5);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  static MockResponse status(String value) {
    return json(200, "{\"status\":\"" + value + "\"}");
  }

  static MockResponse task(String id, String status) {
    return json(200, "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"workflow_id\":\"wf\","
        + "\"created_at\":\"2026-11-29T00:00:00Z\",\"steps\":[]}");
  }

  static MockResponse error(int status, int code, String msg, String traceId) {
    return json(status, "{\"code\":" + code + ",\"msg\":\"" + msg + "\",\"traceId\":\"" + traceId + "\"}");
  }
}
