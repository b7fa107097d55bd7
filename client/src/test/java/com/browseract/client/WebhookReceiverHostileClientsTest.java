package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The receiver against clients that mean harm, over real sockets on loopback: connections that trickle their
 * headers or body, that sit idle by the hundred, the address it binds, and where its secret could leak.
 */
@Timeout(10)
class WebhookReceiverHostileClientsTest extends MockApiTestBase {
  private static final String FINISHED = "{\"id\":\"t1\",\"status\":\"finished\",\"steps\":[]}";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
  private final List<Thread> tricklers = new java.util.concurrent.CopyOnWriteArrayList<>();
  private WebhookReceiver receiver;

  @AfterEach
  void closeEverything() throws IOException {
    tricklers.forEach(Thread::interrupt);
    for (Socket socket : sockets) {
      socket.close();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  private String startReceiver(WebhookReceiver.Builder builder) {
    receiver = builder.start();
    return receiver.callbackUrl("http://127.0.0.1:" + receiver.port());
  }

  private HttpResponse<Void> post(String url, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
  }

  /** A connection that has sent {@code start} and nothing more (yet). */
  private Socket connect(String start) throws IOException {
    Socket socket = new Socket();
    sockets.add(socket);
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), receiver.port()), 2_000);
    socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
    return socket;
  }

  /** Sends one more byte on every socket every 100 ms, until the test ends; errors (closed by the receiver) ignored. */
  private Thread trickle(List<Socket> slow) {
    Thread thread = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        for (Socket socket : slow) {
          try {
            socket.getOutputStream().write('a');
          } catch (IOException closed) {
            // cut off by the receiver: that is allowed
          }
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "test-trickler");
    thread.setDaemon(true);
    tricklers.add(thread);
    thread.start();
    return thread;
  }

  /** What the receiver sent before closing, read for at most {@code within}; empty if it did not close by then. */
  private static Optional<String> answerAndClose(Socket socket, Duration within) throws IOException {
    socket.setSoTimeout((int) within.toMillis());
    long deadline = System.nanoTime() + within.toNanos();
    StringBuilder got = new StringBuilder();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[512];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        got.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        if (System.nanoTime() > deadline) {
          return Optional.empty();
        }
      }
      return Optional.of(got.toString());
    } catch (SocketTimeoutException e) {
      return Optional.empty();
    } catch (SocketException reset) {
      return Optional.of(got.toString());
    }
  }

  private static long webhookThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("browseract-webhooks-")).count();
  }

  @Test
  void twoHundredConnectionsTricklingHeadersDelayNeitherTheCallbackNorTheWait() throws Exception {
    String url = startReceiver(WebhookReceiver.builder(client.webhooks()));
    ScriptedTaskApi api = new ScriptedTaskApi(time);
    api.endsAfter = Duration.ofDays(1);
    server.setDispatcher(api);
    CompletableFuture<Task> waiting = client.tasks().waitForAsync("t1", WaitOptions.builder().callbackUrl(url).build());
    server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(post(url, FINISHED.replace("t1", "warm-up")).statusCode()).isEqualTo(200);
    long threadsBefore = webhookThreads();
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      // Any path will do: a slow client needs no secret.
      slow.add(connect("POST /anything HTTP/1.1\r\nHost: x\r\nX-Slow: "));
    }
    trickle(slow);
    Thread.sleep(300); // let every slow connection be accepted and read from
    api.endsAfter = Duration.ZERO;

    long sent = System.nanoTime();
    assertThat(post(url, FINISHED).statusCode()).isEqualTo(200);
    long answeredMillis = (System.nanoTime() - sent) / 1_000_000;
    Task task = waiting.get(5, TimeUnit.SECONDS);
    long endedMillis = (System.nanoTime() - sent) / 1_000_000;

    assertThat(task.getStatus()).isEqualTo(TaskStatus.FINISHED);
    assertThat(answeredMillis).as("callback answered after (ms)").isLessThan(1_000);
    assertThat(endedMillis).as("wait ended after (ms)").isLessThan(2_000);
    assertThat(receiver.openConnections()).isGreaterThanOrEqualTo(200);
    assertThat(webhookThreads()).as("no thread per connection").isEqualTo(threadsBefore);
  }

  @Test
  void tricklingHeadersAreCutOffAtTheRequestTimeout() throws Exception {
    startReceiver(WebhookReceiver.builder(client.webhooks()).requestTimeout(Duration.ofSeconds(1)));
    Socket slow = connect("POST /anything HTTP/1.1\r\nX-Slow: ");
    trickle(List.of(slow));

    assertThat(answerAndClose(slow, Duration.ofSeconds(4))).hasValueSatisfying(
        answer -> assertThat(answer).startsWith("HTTP/1.1 408 "));
    assertThat(receiver.openConnections()).isZero();
  }

  @Test
  void aTricklingBodyIsCutOffAtTheRequestTimeoutWhileOthersAreAnswered() throws Exception {
    String url = startReceiver(WebhookReceiver.builder(client.webhooks()).requestTimeout(Duration.ofSeconds(1)));
    String path = URI.create(url).getRawPath();
    Socket slow = connect("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"id\":");
    trickle(List.of(slow));

    assertThat(post(url, FINISHED.replace("t1", "nobody-waits")).statusCode()).isEqualTo(200);
    assertThat(answerAndClose(slow, Duration.ofSeconds(4))).hasValueSatisfying(
        answer -> assertThat(answer).startsWith("HTTP/1.1 408 "));
  }

  @Test
  void idleConnectionsBeyondTheCapMakeRoomForNewOnes() throws Exception {
    String url = startReceiver(WebhookReceiver.builder(client.webhooks()).maxConnections(20));
    List<Socket> idle = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      idle.add(connect(""));
    }

    assertThat(post(url, FINISHED.replace("t1", "nobody-waits")).statusCode()).isEqualTo(200);
    // The oldest idle connections were closed to make room; the receiver never held more than its cap.
    assertThat(answerAndClose(idle.get(0), Duration.ofSeconds(2))).isPresent();
    assertThat(receiver.openConnections()).isLessThanOrEqualTo(20);
  }

  @Test
  void halfSentBodiesCannotHoldMoreThanFourBodiesWorthOfMemory() throws Exception {
    String url = startReceiver(WebhookReceiver.builder(client.webhooks()).maxBodyBytes(100_000));
    String path = URI.create(url).getRawPath();
    List<Socket> heavy = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Socket socket = connect("POST " + path + " HTTP/1.1\r\nContent-Length: 100000\r\n\r\n");
      socket.getOutputStream().write(new byte[99_000]); // all but the last 1,000 bytes
      heavy.add(socket);
    }

    assertThat(post(url, FINISHED.replace("t1", "nobody-waits")).statusCode()).isEqualTo(200);
    // 12 bodies of ~100 KB do not fit in the 4 x (100 KB + 16 KiB) the receiver holds: the oldest gave way. (The
    // receiver may still be reading what the kernel buffered, hence "within".)
    assertThat(answerAndClose(heavy.get(0), Duration.ofSeconds(2))).isPresent();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (receiver.openConnections() > 5 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(receiver.openConnections()).isBetween(1, 5);
  }

  @Test
  void headersOverTheLimitAreRefusedWith431() throws Exception {
    startReceiver(WebhookReceiver.builder(client.webhooks()));
    Socket socket = connect("POST /anything HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
    assertThat(answerAndClose(socket, Duration.ofSeconds(3))).hasValueSatisfying(
        answer -> assertThat(answer).startsWith("HTTP/1.1 431 "));
  }

  @Test
  void itListensOnLoopbackUnlessToldOtherwise() {
    try (WebhookReceiver byPort = WebhookReceiver.start(client.webhooks(), 0);
        WebhookReceiver everywhere = WebhookReceiver.builder(client.webhooks()).listen("0.0.0.0:0").start();
        WebhookReceiver named = WebhookReceiver.builder(client.webhooks()).listen("localhost:0").start()) {
      assertThat(byPort.address().getAddress().isLoopbackAddress()).isTrue();
      assertThat(everywhere.address().getAddress().isAnyLocalAddress()).isTrue();
      assertThat(named.address().getAddress().isLoopbackAddress()).isTrue();
      assertThat(byPort.toString()).startsWith("WebhookReceiver{address=127.0.0.1:" + byPort.port());
    }
    WebhookReceiver.Builder builder = WebhookReceiver.builder(client.webhooks());
    for (String bad : List.of("", "80a", "::1:8080", "[::1]", "host:", "70000", "127.0.0.1:65536", "a:b:8080")) {
      assertThatThrownBy(() -> builder.listen(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> builder.listen("*:8080")).hasMessageContaining("0.0.0.0:PORT");
    assertThatThrownBy(() -> builder.maxConnections(0)).hasMessage("maxConnections must be at least 1, was 0");
    assertThatThrownBy(() -> builder.maxBodyBytes(0)).hasMessage("maxBodyBytes must be at least 1, was 0");
    assertThatThrownBy(() -> builder.requestTimeout(Duration.ZERO)).hasMessage("requestTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> builder.listen("no-such-host.invalid:0").start())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot listen on no-such-host.invalid: no such host");
  }

  @Test
  void aDefaultReceiverCannotBeReachedThroughTheMachinesOtherAddresses() throws Exception {
    Optional<InetAddress> other = NetworkInterface.networkInterfaces()
        .filter(i -> isUp(i) && !isLoopback(i)).flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
    assumeThat(other).as("a non-loopback IPv4 address on this machine").isPresent();
    receiver = WebhookReceiver.start(client.webhooks(), 0);
    try (WebhookReceiver everywhere = WebhookReceiver.builder(client.webhooks()).listen("0.0.0.0:0").start();
        Socket reached = new Socket()) {
      reached.connect(new InetSocketAddress(other.get(), everywhere.port()), 2_000);
    }
    assertThatThrownBy(() -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(other.get(), receiver.port()), 2_000);
      }
    }).isInstanceOf(ConnectException.class);
  }

  private static boolean isUp(NetworkInterface i) {
    try {
      return i.isUp();
    } catch (SocketException e) {
      return false;
    }
  }

  private static boolean isLoopback(NetworkInterface i) {
    try {
      return i.isLoopback();
    } catch (SocketException e) {
      return true;
    }
  }

  @Test
  void theSecretPathAndCredentialsAppearInNoMessage() {
    String url = startReceiver(WebhookReceiver.builder(client.webhooks()));
    String secret = url.substring(url.lastIndexOf('/') + 1);
    List<String> refused = List.of("ftp://hooks.example.com", "hooks.example.com", "https://",
        "https://user:pa55word@hooks.example.com", "https://hooks.example.com/?pa55word",
        "https://hooks.example.com/#x",
        "https://hooks.example.com/" + "x".repeat(2040), "https://hooks example.com/pa55word");
    for (String base : refused) {
      assertThatThrownBy(() -> receiver.callbackUrl(base)).as(base).isInstanceOf(IllegalArgumentException.class)
          .message().doesNotContain(secret).doesNotContain("pa55word").doesNotContain("browseract/callbacks");
    }
    assertThatThrownBy(() -> receiver.callbackUrl("https://user:pa55word@hooks.example.com"))
        .hasMessageStartingWith("publicBaseUrl must not contain a user name or password");
    assertThat(receiver.toString()).doesNotContain(secret);
    assertThatThrownBy(() -> WebhookReceiver.start(client.webhooks(), receiver.port()))
        .message().doesNotContain(secret).contains("127.0.0.1:" + receiver.port());
  }

  @Test
  void anInternationalisedHostNameIsAccepted() {
    String url = startReceiver(WebhookReceiver.builder(client.webhooks()));
    assertThat(receiver.callbackUrl("https://bücher.example:8443/häks/"))
        .matches("https://xn--bcher-kva\\.example:8443/h%C3%A4ks/browseract/callbacks/[\\w-]{43}")
        .endsWith(url.substring(url.lastIndexOf('/')));
  }
}
