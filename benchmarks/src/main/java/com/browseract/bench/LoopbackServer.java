package com.browseract.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP/1.1 keep-alive server on a free loopback port, in this process, for the clients under test. */
final class LoopbackServer implements AutoCloseable {
  private static final String THREAD_PREFIX = "loopback-server-";

  private final HttpServer server;
  private final ExecutorService workers;

  LoopbackServer(int threads, HttpHandler handler) throws IOException {
    // Without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK hold each answer up to 40 ms.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads,
        r -> new Thread(r, THREAD_PREFIX + count.incrementAndGet()));
    pool.prestartAllCoreThreads();
    workers = pool;
    server.setExecutor(workers);
    server.createContext("/", handler);
    server.start();
  }

  static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
