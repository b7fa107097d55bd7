package com.browseract.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP server that receives BrowserAct's callbacks and hands them to a client's {@link Webhooks}, so that
 * waits return the moment their task ends.
 *
 * <pre>{@code
 * try (BrowserAct browserAct = BrowserAct.fromEnv();
 *      WebhookReceiver receiver = WebhookReceiver.start(browserAct.webhooks(), 8080)) {
 *   // https://hooks.example.com reaches 127.0.0.1:8080 of this machine (a tunnel, a reverse proxy)
 *   WaitOptions options = WaitOptions.builder().callbackUrl(receiver.callbackUrl("https://hooks.example.com")).build();
 *   Task task = browserAct.tasks().runAndWait(request, options);
 * }
 * }</pre>
 *
 * <p>It listens on the loopback address (127.0.0.1) unless told otherwise ({@link Builder#listen(String)}), which is
 * all a tunnel or a reverse proxy on the same machine needs; nothing is exposed to the network then.
 *
 * <p>It answers only {@code POST} on one path that ends in a random secret ({@code /browseract/callbacks/<43
 * characters from SecureRandom>}), so that strangers cannot guess where to post: any other path gets 404, another
 * method on the path 405, a body over the limit (default 1 MiB) 413. Every callback is answered at once, well within
 * BrowserAct's 30 s, with the status {@link Webhooks#accept(String)} returns; the re-reading it causes happens on the
 * waits' own threads. Callbacks are unsigned even with the secret (the URL travels in clear in logs and proxies), so
 * they remain hints: the waits believe only the API.
 *
 * <p>Slow or idle clients cannot silence it: it runs one thread that reads every connection without blocking and
 * answers a request only once it is complete; a request must arrive whole within {@link Builder#requestTimeout}
 * (default 10 s) and at most {@link Builder#maxConnections} (default 256) are open, the oldest unfinished one
 * giving way to a new one. The secret path appears in no message, log line or {@link #toString()}.
 *
 * <p>Close the receiver when done: it stops listening at once, and answers being sent get up to a second.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The largest callback body accepted unless said otherwise: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  /** How long a client may take to send a whole request unless said otherwise: 10 s. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
  /** How many connections may be open at once unless said otherwise: 256. */
  public static final int DEFAULT_MAX_CONNECTIONS = 256;
  private static final String PATH_PREFIX = "/browseract/callbacks/";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Webhooks webhooks;
  private final String path;
  private final byte[] pathBytes;
  private final int maxBodyBytes;
  private final CallbackServer server;

  private WebhookReceiver(Builder builder) {
    this.webhooks = builder.webhooks;
    this.maxBodyBytes = builder.maxBodyBytes;
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    this.path = PATH_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    this.pathBytes = path.getBytes(StandardCharsets.US_ASCII);
    InetSocketAddress address = builder.address();
    try {
      this.server = CallbackServer.start(address, new Routes(), maxBodyBytes, builder.requestTimeout,
          builder.maxConnections);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for callbacks on " + Builder.show(address) + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Starts a receiver on the loopback address (127.0.0.1) with the default limits.
   *
   * @param webhooks the client's router, {@link BrowserAct#webhooks()}
   * @param port the port to listen on; 0 for any free port ({@link #port()} tells which)
   * @return the running receiver
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static WebhookReceiver start(Webhooks webhooks, int port) {
    return builder(webhooks).port(port).start();
  }

  /**
   * A builder for a receiver: where it listens (default 127.0.0.1, any free port) and its limits.
   *
   * @param webhooks the client's router, {@link BrowserAct#webhooks()}
   * @return a builder with every default
   */
  public static Builder builder(Webhooks webhooks) {
    return new Builder(Validation.requireNonNull("webhooks", webhooks));
  }

  /** @return the port the receiver listens on */
  public int port() {
    return server.address().getPort();
  }

  /** @return the address the receiver listens on, such as 127.0.0.1:8080 */
  public InetSocketAddress address() {
    return server.address();
  }

  /**
   * The URL to give BrowserAct ({@link WaitOptions.Builder#callbackUrl(String)}, or a request's
   * {@code callback_url}): where this machine is reached from the internet, followed by the receiver's secret path.
   * A path in {@code publicBaseUrl} is kept (a proxy that forwards {@code /hooks/...} here unchanged works: the
   * receiver matches the end of the path); an internationalised host name is written in its ASCII ({@code xn--})
   * form.
   *
   * @param publicBaseUrl how BrowserAct reaches this receiver, e.g. {@code https://hooks.example.com} or a tunnel's URL
   * @return the callback URL, secret included: treat it as a credential
   * @throws IllegalArgumentException when {@code publicBaseUrl} is not an absolute http(s) URL, carries a user name
   *     or password, a query or a fragment, or the result would exceed BrowserAct's 2048 characters; the message
   *     repeats neither the URL nor the secret
   */
  public String callbackUrl(String publicBaseUrl) {
    Validation.requireNonNull("publicBaseUrl", publicBaseUrl);
    URI uri = Validation.httpUrl("publicBaseUrl", publicBaseUrl.trim());
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("publicBaseUrl must not contain a user name or password: the receiver"
          + " checks none, and BrowserAct would keep them with the task");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("publicBaseUrl must have no query or fragment");
    }
    String base = uri.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String url = base + path;
    if (url.length() > Validation.MAX_CALLBACK_URL_LENGTH) {
      throw new IllegalArgumentException("publicBaseUrl is too long: the callback URL would have " + url.length()
          + " characters, BrowserAct takes at most " + Validation.MAX_CALLBACK_URL_LENGTH);
    }
    return url;
  }

  /** What the server answers: 404 off the secret path, 405 to other methods, then what the router says. */
  private final class Routes implements CallbackServer.Routes {
    @Override
    public int afterHead(RequestReader request) {
      if (!secretPathMatches(request.path())) {
        return 404;
      }
      if (!"POST".equals(request.method())) {
        return 405;
      }
      return request.contentLength() > maxBodyBytes ? 413 : 0;
    }

    @Override
    public int afterBody(RequestReader request, byte[] body) {
      return webhooks.accept(new String(body, StandardCharsets.UTF_8)).statusCode();
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

  /**
   * Stops listening at once and ends the receiver's thread once the answers being sent are sent (at most 1 s).
   */
  @Override
  public void close() {
    server.close();
  }

  /** @return the open connections (for tests) */
  int openConnections() {
    return server.openConnections();
  }

  @Override
  public String toString() {
    return "WebhookReceiver{address=" + Builder.show(address()) + ", path=" + PATH_PREFIX + "██}";
  }

  /**
   * Where a receiver listens and its limits. Defaults: the loopback address 127.0.0.1, any free port, bodies up to
   * 1 MiB, 10 s to send a whole request, 256 connections.
   */
  public static final class Builder {
    private static final Pattern LISTEN = Pattern.compile("(?:(\\[[^\\]]*\\]|[^:\\[\\]]+):)?(\\d{1,5})");

    private final Webhooks webhooks;
    private String host;
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int port;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;

    private Builder(Webhooks webhooks) {
      this.webhooks = webhooks;
    }

    /**
     * Where to listen, as {@code [HOST:]PORT}: {@code 8080} (loopback), {@code 127.0.0.1:8080},
     * {@code [::1]:8080}, {@code 192.168.1.5:8080} (one interface), {@code 0.0.0.0:8080} (every IPv4 interface) or
     * {@code [::]:8080} (every interface). The CLI's {@code --listen} takes the same.
     *
     * @param hostAndPort the port, optionally after a host name or an IP address (IPv6 in brackets)
     * @return this builder
     * @throws IllegalArgumentException when it is not of that form or the port is above 65535
     */
    public Builder listen(String hostAndPort) {
      Validation.requireNonNull("listen", hostAndPort);
      Matcher m = LISTEN.matcher(hostAndPort.trim());
      if (!m.matches()) {
        throw new IllegalArgumentException("listen must be [HOST:]PORT, such as 8080, 127.0.0.1:8080 or [::1]:8080,"
            + " was " + hostAndPort);
      }
      if ("*".equals(m.group(1))) {
        throw new IllegalArgumentException("listen: for every interface use 0.0.0.0:PORT (IPv4) or [::]:PORT");
      }
      port(Integer.parseInt(m.group(2)));
      if (m.group(1) != null) {
        host(m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1));
      }
      return this;
    }

    /**
     * The host name or IP address to listen on (default the loopback address, 127.0.0.1); a name is resolved by
     * {@link #start()}. {@code 0.0.0.0} or {@code ::} listen on every interface: exposed to the network.
     *
     * @param host a host name or an IP address
     * @return this builder
     */
    public Builder host(String host) {
      Validation.requireId("host", host);
      this.host = host.trim();
      return this;
    }

    /**
     * @param port the port to listen on, 0 (the default) for any free port
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    Builder address(InetSocketAddress address) {
      if (address.isUnresolved()) {
        host(address.getHostString());
      } else {
        this.host = null;
        this.bindAddress = address.getAddress();
      }
      return port(address.getPort());
    }

    /**
     * @param maxBodyBytes the largest body accepted (larger ones get 413), at least 1; default 1 MiB
     * @return this builder
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = Validation.atLeast("maxBodyBytes", maxBodyBytes, 1);
      return this;
    }

    /**
     * @param requestTimeout how long a client may take, from connecting, to send its whole request (headers and
     *     body) before it is answered 408 and cut off; positive; default 10 s
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Validation.positive("requestTimeout", requestTimeout);
      return this;
    }

    /**
     * @param maxConnections how many connections may be open at once, at least 1; default 256. When all are
     *     taken, the oldest one still sending its request is closed to make room.
     * @return this builder
     */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = Validation.atLeast("maxConnections", maxConnections, 1);
      return this;
    }

    /**
     * Binds and starts the receiver.
     *
     * @return the running receiver
     * @throws IllegalArgumentException when the host name cannot be resolved
     * @throws UncheckedIOException when the address cannot be bound
     */
    public WebhookReceiver start() {
      return new WebhookReceiver(this);
    }

    private InetSocketAddress address() {
      if (host == null) {
        return new InetSocketAddress(bindAddress, port);
      }
      try {
        return new InetSocketAddress(InetAddress.getByName(host), port);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("cannot listen on " + host + ": no such host", e);
      }
    }

    static String show(InetSocketAddress address) {
      String host = address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
  }
}
