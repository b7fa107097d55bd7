package com.browseract.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks that end a set time after they are first polled. A task id carries that time: {@code t17-3250}
 * finishes 3,250 ms after the first status request for it. Counts every status and get request.
 */
final class FakeTaskServer implements AutoCloseable {
  /** What the server saw of one task. */
  static final class Seen {
    final long finishAfterMillis;
    volatile long finishAtNanos;
    /** When a status request first found the task ended, and when the get-task after it came. */
    volatile long endSeenAtNanos;
    volatile long getAtNanos;
    final AtomicInteger statusRequests = new AtomicInteger();
    final AtomicInteger getRequests = new AtomicInteger();

    Seen(long finishAfterMillis) {
      this.finishAfterMillis = finishAfterMillis;
    }
  }

  private final Map<String, Seen> tasks = new ConcurrentHashMap<>();
  private final LoopbackServer server;

  FakeTaskServer(int threads) throws IOException {
    server = new LoopbackServer(threads, this::handle);
  }

  static String taskId(int index, long finishAfterMillis) {
    return "t" + index + "-" + finishAfterMillis;
  }

  String baseUrl() {
    return server.baseUrl();
  }

  Map<String, Seen> tasks() {
    return tasks;
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String id = uri.getQuery().substring(uri.getQuery().indexOf('=') + 1);
    long now = System.nanoTime();
    Seen seen = tasks.computeIfAbsent(id, key -> {
      Seen created = new Seen(Long.parseLong(key.substring(key.indexOf('-') + 1)));
      created.finishAtNanos = now + created.finishAfterMillis * 1_000_000;
      return created;
    });
    String status = now >= seen.finishAtNanos ? "finished" : "running";
    String body;
    if (uri.getPath().endsWith("/get-task-status")) {
      seen.statusRequests.incrementAndGet();
      if (status.equals("finished") && seen.endSeenAtNanos == 0) {
        seen.endSeenAtNanos = now;
      }
      body = "{\"status\":\"" + status + "\"}";
    } else {
      seen.getRequests.incrementAndGet();
      seen.getAtNanos = now;
      body = "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"workflow_id\":\"w1\","
          + "\"created_at\":\"2026-11-20T09:00:00Z\",\"steps\":[]}";
    }
    LoopbackServer.json(exchange, 200, body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.close();
  }
}
