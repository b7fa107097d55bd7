package com.browseract.bench;

import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake BrowserAct that runs tasks on the wall clock and calls back as BrowserAct does. A run-task request for
 * workflow {@code wf-<millis>} starts a task that is {@code created}, {@code running} after 1 s and
 * {@code finished} after that many milliseconds; at each change it POSTs the task (the get-task body, about 20 KB)
 * to the {@code status_change_callback_url} the run request carried, and at the end to its {@code callback_url}.
 * Counts, per task, the requests and response-body bytes after the start.
 */
final class CallbackTaskServer implements AutoCloseable {
  /** One task as the server ran it. */
  static final class Run {
    final String id;
    final long durationMillis;
    final String callbackUrl;
    final String statusCallbackUrl;
    volatile String status = "created";
    volatile long endNanos;
    /** When the receiver answered the end's callback to {@code callback_url} with a 2xx; 0 until then. */
    volatile long endCallbackAnsweredNanos;
    final AtomicInteger statusRequests = new AtomicInteger();
    final AtomicInteger getRequests = new AtomicInteger();
    final AtomicLong bytesSent = new AtomicLong();
    final AtomicInteger callbacksAnswered = new AtomicInteger();

    Run(String id, long durationMillis, String callbackUrl, String statusCallbackUrl) {
      this.id = id;
      this.durationMillis = durationMillis;
      this.callbackUrl = callbackUrl;
      this.statusCallbackUrl = statusCallbackUrl;
    }
  }

  private static final com.squareup.moshi.JsonAdapter<Map> JSON = new Moshi.Builder().build().adapter(Map.class);

  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger(90_183_340);
  private final ScheduledExecutorService timeline = Executors.newSingleThreadScheduledExecutor(
      r -> new Thread(r, "fake-browseract-timeline"));
  private final ExecutorService senders = Executors.newFixedThreadPool(2, r -> new Thread(r, "fake-browseract-callbacks"));
  private final HttpClient callbacks = HttpClient.newBuilder().executor(senders)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final LoopbackServer server;

  CallbackTaskServer() throws IOException {
    server = new LoopbackServer(4, this::handle);
  }

  String baseUrl() {
    return server.baseUrl();
  }

  Run run(String id) {
    return runs.get(id);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    if (uri.getPath().endsWith("/run-task")) {
      Map<?, ?> request = JSON.fromJson(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String workflow = (String) request.get("workflow_id");
      Run run = new Run(String.valueOf(ids.incrementAndGet()) + "00000000",
          Long.parseLong(workflow.substring(workflow.indexOf('-') + 1)),
          (String) request.get("callback_url"), (String) request.get("status_change_callback_url"));
      runs.put(run.id, run);
      timeline.schedule(() -> change(run, "running"), Math.min(1_000, run.durationMillis / 2), TimeUnit.MILLISECONDS);
      timeline.schedule(() -> change(run, "finished"), run.durationMillis, TimeUnit.MILLISECONDS);
      LoopbackServer.json(exchange, 200, ("{\"id\":\"" + run.id + "\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    Run run = runs.get(uri.getQuery().substring(uri.getQuery().indexOf('=') + 1));
    byte[] body;
    if (uri.getPath().endsWith("/get-task-status")) {
      run.statusRequests.incrementAndGet();
      body = ("{\"status\":\"" + run.status + "\"}").getBytes(StandardCharsets.UTF_8);
    } else {
      run.getRequests.incrementAndGet();
      body = TaskBodies.realisticFor(run.id, run.status).getBytes(StandardCharsets.UTF_8);
    }
    run.bytesSent.addAndGet(body.length);
    LoopbackServer.json(exchange, 200, body);
  }

  private void change(Run run, String status) {
    if (status.equals("finished")) {
      run.endNanos = System.nanoTime();
    }
    run.status = status;
    String body = TaskBodies.realisticFor(run.id, status);
    post(run, run.statusCallbackUrl, body);
    if (status.equals("finished")) {
      post(run, run.callbackUrl, body).thenAccept(answered -> {
        if (answered) {
          run.endCallbackAnsweredNanos = System.nanoTime();
        }
      });
    }
  }

  /** @return whether the receiver answered with a 2xx (false also when it never answered) */
  private CompletableFuture<Boolean> post(Run run, String url, String body) {
    if (url == null) {
      return CompletableFuture.completedFuture(false);
    }
    return callbacks.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.discarding())
        .thenApply(answer -> {
          boolean ok = answer.statusCode() / 100 == 2;
          if (ok) {
            run.callbacksAnswered.incrementAndGet();
          }
          return ok;
        }).exceptionally(error -> false);
  }

  @Override
  public void close() {
    timeline.shutdownNow();
    senders.shutdownNow();
    server.close();
  }
}
