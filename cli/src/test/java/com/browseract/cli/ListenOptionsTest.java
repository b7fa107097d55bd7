package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code --listen [HOST:]PORT} and {@code --public-url}: where the receiver listens, and what is never printed. */
@Timeout(15)
class ListenOptionsTest {
  private static final String KEY = "sk-listen-SECRET-1234";
  private static final Pattern CALLBACK = Pattern.compile("\"callback_url\":\"([^\"]+)\"");

  private final MockWebServer server = new MockWebServer();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  /** The callback URLs the run requests carried. */
  private final List<String> callbackUrls = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    // Starts a task, and calls back that it finished, as BrowserAct would, before answering the start.
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().startsWith("/v2/workflow/run-task")) {
          Matcher url = CALLBACK.matcher(request.getBody().readUtf8());
          if (url.find()) {
            callbackUrls.add(url.group(1));
          }
          return json("{\"id\":\"t1\"}");
        }
        return json("{\"id\":\"t1\",\"status\":\"finished\",\"workflow_id\":\"wf\",\"steps\":[]}");
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
    assertThat(out.toString() + err.toString()).doesNotContain(KEY).doesNotContain("/browseract/callbacks/");
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private int run(String... args) {
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new java.util.ArrayList<>(List.of("--api-key", KEY, "--base-url", server.url("/").toString(),
        "run", "wf", "--wait"));
    all.addAll(List.of(args));
    return cli.execute(all.toArray(new String[0]));
  }

  private static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }

  @Test
  void theReceiverListensOnLoopbackUnlessAHostIsGiven() throws IOException {
    int port = freePort();
    assertThat(run("--listen", String.valueOf(port), "--public-url", "https://hooks.example.com")).isZero();
    assertThat(err.toString()).contains("Listening for BrowserAct's callbacks on port " + port
        + " of 127.0.0.1 (this machine only); reached through https://hooks.example.com");

    int other = freePort();
    assertThat(run("--listen", "0.0.0.0:" + other, "--public-url", "https://hooks.example.com")).isZero();
    assertThat(err.toString()).contains("on port " + other + " of every interface (exposed to the network)");
    assertThat(callbackUrls).hasSize(2);
  }

  @Test
  void aMalformedListenAddressIsAUsageErrorBeforeAnyRequest() throws IOException {
    for (String bad : List.of("::1:8080", "*:8080", "8080:", "127.0.0.1:99999", "no-such-host.invalid:0")) {
      err.getBuffer().setLength(0);
      assertThat(run("--listen", bad, "--public-url", "https://hooks.example.com")).as(bad).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).as(bad).startsWith("error: --listen: ").doesNotContain("\tat ");
      assertThat(err.toString().strip().lines()).as(bad).hasSize(1);
    }
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      err.getBuffer().setLength(0);
      assertThat(run("--listen", "127.0.0.1:" + taken.getLocalPort(), "--public-url", "https://hooks.example.com"))
          .isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).startsWith("error: cannot listen for callbacks on 127.0.0.1:" + taken.getLocalPort());
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void credentialsInThePublicUrlAreRefusedAndNeverEchoed() {
    for (String bad : List.of("https://user:pa55word@hooks.example.com", "ftp://user:pa55word@hooks.example.com",
        "https://user:pa55word@hooks example.com", "ftp://hooks.example.com/pa55word", "https://")) {
      err.getBuffer().setLength(0);
      assertThat(run("--listen", "0", "--public-url", bad)).as(bad).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).as(bad).startsWith("error: --public-url: publicBaseUrl ").doesNotContain("pa55word");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anInternationalisedPublicHostIsSentInItsAsciiForm() throws Exception {
    assertThat(run("--listen", "0", "--public-url", "https://bücher.example/hooks")).isZero();
    assertThat(callbackUrls).singleElement().asString()
        .matches("https://xn--bcher-kva\\.example/hooks/browseract/callbacks/[\\w-]{43}");
  }

  @Test
  void helpSaysWhatIsExposed() {
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("run", "--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " ")).contains("--listen=[HOST:]PORT").contains("127.0.0.1 only")
        .contains("0.0.0.0:PORT or [::]:PORT exposes it on every interface");
  }

  @Test
  void aCallbackReachesTheReceiverOnLoopback() throws Exception {
    int port = freePort();
    server.setDispatcher(new Dispatcher() {
      private volatile boolean ended;

      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath().startsWith("/v2/workflow/run-task")) {
          Matcher url = CALLBACK.matcher(request.getBody().readUtf8());
          url.find();
          String target = url.group(1).replace("https://hooks.example.com", "http://127.0.0.1:" + port);
          new Thread(() -> {
            ended = true;
            try {
              HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(target))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"t1\",\"status\":\"finished\"}")).build(),
                  HttpResponse.BodyHandlers.discarding());
            } catch (IOException | InterruptedException e) {
              throw new IllegalStateException(e);
            }
          }).start();
          return json("{\"id\":\"t1\"}");
        }
        return json("{\"id\":\"t1\",\"status\":\"" + (ended ? "finished" : "running") + "\",\"steps\":[]}");
      }
    });
    long start = System.nanoTime();
    assertThat(run("--listen", "127.0.0.1:" + port, "--public-url", "https://hooks.example.com")).isZero();
    // The next safety poll is 30 s away: only the callback can end the wait this soon.
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    assertThat(out.toString()).contains("finished");
  }
}
