package com.browseract.contract;

import java.io.IOException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A local stand-in for the real API that answers every request with the {@link RecordedAnswer} set last. */
final class ReplayServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private volatile RecordedAnswer serving;

  private ReplayServer() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        RecordedAnswer answer = serving;
        MockResponse response = new MockResponse().setResponseCode(answer.status).setBody(answer.body);
        return answer.body.isEmpty() ? response : response.setHeader("Content-Type", "application/json");
      }
    });
  }

  static ReplayServer start() throws IOException {
    ReplayServer replay = new ReplayServer();
    replay.server.start();
    return replay;
  }

  /** Answers every request with {@code answer} from now on. */
  void serve(RecordedAnswer answer) {
    serving = answer;
  }

  /** The base URL, without a trailing slash. */
  String url() {
    return server.url("/").toString().replaceAll("/$", "");
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
