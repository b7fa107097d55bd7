package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import picocli.CommandLine;

/**
 * Base of the CLI tests against scripted answers: a fresh {@link MockWebServer} per test, the CLI run in this JVM
 * with an API key and the server's URL, what it printed kept, and a check that the key was never printed.
 */
abstract class MockApiCliTestBase {
  static final String KEY = "sk-cli-SECRET-777";

  MockWebServer server;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  /** The CLI's clock (ages such as 2h are read from it). */
  Clock clock = Clock.systemUTC();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
    assertThat(out.toString() + err.toString()).doesNotContain(KEY);
  }

  /** {@code browseract --api-key KEY --base-url SERVER args…}. */
  int run(String... args) {
    CommandLine cli = Cli.commandLine(clock);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 4];
    all[0] = "--api-key";
    all[1] = KEY;
    all[2] = "--base-url";
    all[3] = server.url("/").toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return cli.execute(all);
  }

  /** An answer with a JSON body. */
  static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }
}
