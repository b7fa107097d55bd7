package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in receiver over real HTTP on loopback: secret path, methods, size limit, concurrent callbacks. */
class WebhookReceiverTest extends MockApiTestBase {
  private static final String FINISHED = "{\"id\":\"t1\",\"status\":\"finished\",\"steps\":[]}";

  private final HttpClient http = HttpClient.newHttpClient();
  private WebhookReceiver receiver;
  private String url;

  @BeforeEach
  void startReceiver() {
    receiver = WebhookReceiver.builder(client.webhooks()).maxBodyBytes(1000).start();
    url = receiver.callbackUrl("http://127.0.0.1:" + receiver.port());
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  private int post(String target, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(target)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void aCallbackOverHttpWakesTheWaitOfItsTask() throws Exception {
    ScriptedTaskApi api = new ScriptedTaskApi(time);
    api.endsAfter = java.time.Duration.ofDays(1);
    server.setDispatcher(api);
    CompletableFuture<Task> waiting = client.tasks().waitForAsync("t1", WaitOptions.builder().callbackUrl(url).build());
    server.takeRequest(5, TimeUnit.SECONDS);
    api.endsAfter = java.time.Duration.ZERO;

    assertThat(post(url, FINISHED)).isEqualTo(200);

    assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(TaskStatus.FINISHED);
  }

  @Test
  void theUrlEndsInASecretThatDiffersPerReceiver() {
    assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/browseract/callbacks/[A-Za-z0-9_-]{43}");
    try (WebhookReceiver other = WebhookReceiver.start(client.webhooks(), 0)) {
      String otherUrl = other.callbackUrl("https://hooks.example.com/prefix/");
      assertThat(otherUrl).startsWith("https://hooks.example.com/prefix/browseract/callbacks/");
      assertThat(otherUrl.substring(otherUrl.lastIndexOf('/'))).isNotEqualTo(url.substring(url.lastIndexOf('/')));
      assertThat(other.toString()).doesNotContain(otherUrl.substring(otherUrl.lastIndexOf('/') + 1));
    }
    assertThatThrownBy(() -> receiver.callbackUrl("hooks.example.com")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> receiver.callbackUrl("ftp://hooks.example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> receiver.callbackUrl("https://hooks.example.com/?a=b"))
        .hasMessageContaining("no query");
    assertThatThrownBy(() -> receiver.callbackUrl("https://hooks.example.com/" + "x".repeat(2048)))
        .hasMessageContaining("2048");
  }

  @Test
  void wrongPathsGet404AndOtherMethods405() throws Exception {
    String base = "http://127.0.0.1:" + receiver.port();
    assertThat(post(base + "/", FINISHED)).isEqualTo(404);
    assertThat(post(base + "/browseract/callbacks/", FINISHED)).isEqualTo(404);
    assertThat(post(url.substring(0, url.length() - 1), FINISHED)).isEqualTo(404);
    assertThat(post(url + "x", FINISHED)).isEqualTo(404);
    assertThat(post(url + "?retry=1", FINISHED)).isEqualTo(200);

    HttpResponse<Void> get = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/elsewhere")).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
  }

  @Test
  void bodiesOverTheLimitGet413AndMalformedOnes400() throws Exception {
    assertThat(post(url, "{\"id\":\"t1\",\"pad\":\"" + "x".repeat(2000) + "\"}")).isEqualTo(413);
    // Without a Content-Length (chunked), the body is cut at the limit all the same.
    InputStream chunked = new ByteArrayInputStream(("{\"id\":\"t1\",\"pad\":\"" + "x".repeat(5000) + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(http.send(HttpRequest.newBuilder(URI.create(url))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunked)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
    // A declared length over the limit is refused before any of the body is read.
    assertThat(rawPostHeadersOnly(url, 50_000_000)).startsWith("HTTP/1.1 413");
    assertThat(post(url, "not json")).isEqualTo(400);
    assertThat(post(url, FINISHED.replace("t1", "nobody-waits"))).isEqualTo(200);
  }

  private String rawPostHeadersOnly(String target, long contentLength) throws IOException {
    URI uri = URI.create(target);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] line = new byte[12];
      int read = socket.getInputStream().readNBytes(line, 0, line.length);
      return new String(line, 0, read, StandardCharsets.US_ASCII);
    }
  }

  @Test
  void manyConcurrentCallbacksAreAllAnswered() throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String body = i % 4 == 0 ? "{broken" : FINISHED.replace("t1", "task-" + i);
        answers.add(senders.submit(() -> post(url, body)));
      }
      int ok = 0;
      int bad = 0;
      for (Future<Integer> answer : answers) {
        int status = answer.get(30, TimeUnit.SECONDS);
        ok += status == 200 ? 1 : 0;
        bad += status == 400 ? 1 : 0;
      }
      assertThat(ok).isEqualTo(300);
      assertThat(bad).isEqualTo(100);
      assertThat(client.webhooks().followed()).isZero();
      assertThat(server.getRequestCount()).isZero();
    } finally {
      senders.shutdownNow();
    }
  }

  @Test
  void clientsThatAskToContinueOrReuseConnectionsAreAnswered() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofString(FINISHED.replace("t1", "nobody-waits"))).build();
    // One request per connection: the client opens a new one for each, whatever it hoped for.
    for (int i = 0; i < 3; i++) {
      HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Connection")).hasValue("close");
    }
    assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(5000))).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
  }

  @Test
  void closingStopsListening() {
    int port = receiver.port();
    receiver.close();
    assertThatThrownBy(() -> post("http://127.0.0.1:" + port + "/", FINISHED)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> WebhookReceiver.start(client.webhooks(), 70000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
