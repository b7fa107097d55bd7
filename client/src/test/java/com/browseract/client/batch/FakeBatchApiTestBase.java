package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the batch engine's tests: the fake API on a MockWebServer, a client without retries, batch time. */
abstract class FakeBatchApiTestBase {
  static final BatchTarget WORKFLOW = BatchTarget.workflow("wf-1");

  @TempDir
  Path dir;
  final BatchClock time = new BatchClock();
  MockWebServer server;
  FakeBatchApi api;
  BrowserAct client;

  @BeforeEach
  void start() throws IOException {
    api = new FakeBatchApi(time, 20);
    server = api.serve();
    client = BrowserAct.builder().apiKey("sk-test").baseUrl(server.url("/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }
}
