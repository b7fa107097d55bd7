package com.browseract.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server, on the JDK's own {@code com.sun.net.httpserver}, that receives BrowserAct's callbacks and
 * hands them to a client's {@link Webhooks}, so that waits return the moment their task ends.
 *
 * <pre>{@code
 * try (BrowserAct browserAct = BrowserAct.fromEnv();
 *      WebhookReceiver receiver = WebhookReceiver.start(browserAct.webhooks(), 8080)) {
 *   // https://hooks.example.com reaches port 8080 of this machine (a public host, a tunnel, a reverse proxy)
 *   WaitOptions options = WaitOptions.builder().callbackUrl(receiver.callbackUrl("https://hooks.example.com")).build();
 *   Task task = browserAct.tasks().runAndWait(request, options);
 * }
 * }</pre>
 *
 * <p>It answers only {@code POST} on one path that ends in a random secret ({@code /browseract/callbacks/<43
 * characters from SecureRandom>}), so that strangers cannot guess where to post: any other path gets 404, another
 * method on the path 405, a body over the limit (default 1 MiB) 413. Every callback is answered at once, well within
 * BrowserAct's 30 s, with the status {@link Webhooks#accept(String)} returns; the re-reading it causes happens on the
 * waits' own threads. Callbacks are unsigned even with the secret (the URL travels in clear in logs and proxies), so
 * they remain hints: the waits believe only the API.
 *
 * <p>The receiver runs two threads of its own until {@link #close()}; close it when done.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The largest callback body accepted unless said otherwise: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");
  private static final String PATH_PREFIX = "/browseract/callbacks/";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService workers;
  private final Webhooks webhooks;
  private final String path;
  private final byte[] pathBytes;
  private final int maxBodyBytes;
  private final Object lock = new Object();
  // Guarded by lock: callbacks being answered, which close() lets finish (BrowserAct would retry a cut answer).
  private int answering;

  private WebhookReceiver(HttpServer server, ExecutorService workers, Webhooks webhooks, int maxBodyBytes) {
    this.server = server;
    this.workers = workers;
    this.webhooks = webhooks;
    this.maxBodyBytes = maxBodyBytes;
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    this.path = PATH_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    this.pathBytes = path.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Starts a receiver on every interface of this machine.
   *
   * @param webhooks the client's router, {@link BrowserAct#webhooks()}
   * @param port the port to listen on; 0 for any free port ({@link #port()} tells which)
   * @return the running receiver
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static WebhookReceiver start(Webhooks webhooks, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    return start(webhooks, new InetSocketAddress(port), DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Starts a receiver on one address, such as {@code new InetSocketAddress("127.0.0.1", 8080)} behind a tunnel or
   * a reverse proxy on the same machine.
   *
   * @param webhooks the client's router, {@link BrowserAct#webhooks()}
   * @param address where to listen
   * @param maxBodyBytes the largest body accepted (larger ones get 413), at least 1
   * @return the running receiver
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static WebhookReceiver start(Webhooks webhooks, InetSocketAddress address, int maxBodyBytes) {
    Validation.requireNonNull("webhooks", webhooks);
    Validation.requireNonNull("address", address);
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + maxBodyBytes);
    }
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen for callbacks on " + address + ": " + e.getMessage(), e);
    }
    ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "browseract-webhooks-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    WebhookReceiver receiver = new WebhookReceiver(server, workers, webhooks, maxBodyBytes);
    server.setExecutor(workers);
    server.createContext("/", receiver::handle);
    server.start();
    return receiver;
  }

  /** @return the port the receiver listens on */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The URL to give BrowserAct ({@link WaitOptions.Builder#callbackUrl(String)}, or a request's
   * {@code callback_url}): where this machine is reached from the internet, followed by the receiver's secret path.
   * A path in {@code publicBaseUrl} is kept (a proxy that forwards {@code /hooks/...} here unchanged works: the
   * receiver matches the end of the path).
   *
   * @param publicBaseUrl how BrowserAct reaches this receiver, e.g. {@code https://hooks.example.com} or a tunnel's URL
   * @return the callback URL, secret included: treat it as a credential
   * @throws IllegalArgumentException when {@code publicBaseUrl} is not an absolute http(s) URL without query or
   *     fragment, or the result would exceed BrowserAct's 2048 characters
   */
  public String callbackUrl(String publicBaseUrl) {
    Validation.requireNonNull("publicBaseUrl", publicBaseUrl);
    String base = publicBaseUrl.trim();
    try {
      URI uri = new URI(base);
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException("publicBaseUrl must have no query or fragment, was " + publicBaseUrl);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("publicBaseUrl is not a valid URL: " + e.getMessage(), e);
    }
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String url = base + path;
    Validation.callbackUrl("publicBaseUrl", url);
    return url;
  }

  private void handle(HttpExchange exchange) {
    synchronized (lock) {
      answering++;
    }
    try {
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      answer(exchange, statusFor(exchange));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Answering a callback failed: {}", e.toString());
    } finally {
      exchange.close();
      synchronized (lock) {
        if (--answering == 0) {
          lock.notifyAll();
        }
      }
    }
  }

  private int statusFor(HttpExchange exchange) throws IOException {
    if (!secretPathMatches(exchange.getRequestURI().getRawPath())) {
      return 404;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      return 405;
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && tooLong(length)) {
      return 413;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(maxBodyBytes + 1);
    }
    if (body.length > maxBodyBytes) {
      return 413;
    }
    return webhooks.accept(new String(body, StandardCharsets.UTF_8)).statusCode();
  }

  private boolean tooLong(String contentLength) {
    try {
      return Long.parseLong(contentLength.trim()) > maxBodyBytes;
    } catch (NumberFormatException e) {
      return false; // the body is read with the limit anyway
    }
  }

  /** Compared in constant time, so that the answer's timing tells nothing about how much of the secret matched. */
  private boolean secretPathMatches(String requested) {
    if (requested == null) {
      return false;
    }
    byte[] given = requested.getBytes(StandardCharsets.US_ASCII);
    int from = Math.max(0, given.length - pathBytes.length);
    byte[] tail = java.util.Arrays.copyOfRange(given, from, given.length);
    return MessageDigest.isEqual(tail, pathBytes);
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
  }

  /**
   * Stops listening and ends the receiver's threads, once the callbacks being answered are answered (at most 1 s:
   * the JDK's own {@code HttpServer.stop(1)} would always take the whole second).
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    synchronized (lock) {
      long left;
      while (answering > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    server.stop(0);
    workers.shutdownNow();
  }

  @Override
  public String toString() {
    return "WebhookReceiver{port=" + port() + ", path=" + PATH_PREFIX + "██}";
  }
}
