package com.browseract.bench;

import com.browseract.client.batch.FakeBatchApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BrowserAct's callbacks for the fake batch API: when a task ends, its get-task body is POSTed to the start's
 * {@code status_change_callback_url} (the change to its end status) and then to its {@code callback_url}, on threads
 * of the fake's own (named {@link #THREAD}...), with the JDK's HttpURLConnection, whose threads (its keep-alive timer)
 * are not named like the client's.
 */
final class FakeCallbacks implements AutoCloseable {
  static final String THREAD = "fake-callbacks";
  /** The JDK's connection cache's thread: the fake's, not the client's. */
  static final String KEEP_ALIVE_THREAD = "Keep-Alive-Timer";

  private final FakeBatchApi api;
  private final ScheduledExecutorService timer;
  private final AtomicInteger posted = new AtomicInteger();

  private FakeCallbacks(FakeBatchApi api) {
    this.api = api;
    AtomicInteger threads = new AtomicInteger();
    this.timer = Executors.newScheduledThreadPool(2, task -> new Thread(task, THREAD + "-" + threads.incrementAndGet()));
  }

  /** Calls back for every task {@code api} creates from now on. */
  static FakeCallbacks postFor(FakeBatchApi api) {
    FakeCallbacks callbacks = new FakeCallbacks(api);
    api.onCreated = task -> callbacks.timer.schedule(() -> callbacks.endOf(task),
        Math.max(0, Duration.between(Instant.now(), task.endsAt).toMillis()), TimeUnit.MILLISECONDS);
    return callbacks;
  }

  private void endOf(FakeBatchApi.FakeTask task) {
    String body = api.callbackBody(task);
    post(task.statusCallbackUrl, body);
    post(task.callbackUrl, body);
  }

  private void post(String url, String body) {
    if (url == null) {
      return;
    }
    try {
      HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
      int status = connection.getResponseCode();
      try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        if (in != null) {
          in.readAllBytes();
        }
      }
      if (status == 200) {
        posted.incrementAndGet();
      }
    } catch (IOException e) {
      System.err.println("callback to the receiver failed: " + e);
    }
  }

  /** @return the callbacks the receiver answered with 200 */
  int posted() {
    return posted.get();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
