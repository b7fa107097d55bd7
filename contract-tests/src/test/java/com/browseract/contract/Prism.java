package com.browseract.contract;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Prism process on a free loopback port, started from the project's spec and stopped on close. */
final class Prism implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofSeconds(30);

  private final Process process;
  private final Path log;
  private final String baseUrl;

  private Prism(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /** Prism's mock server; {@code extraArgs} such as {@code -d} for dynamic answers. */
  static Prism mock(String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("mock"));
    args.addAll(List.of(extraArgs));
    args.add(specFile().toString());
    return start(args);
  }

  /** Prism as a validating proxy in front of {@code upstream}. */
  static Prism proxy(String upstream, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("proxy"));
    args.addAll(List.of(extraArgs));
    args.add(specFile().toString());
    args.add(upstream);
    return start(args);
  }

  static Path specFile() {
    return Paths.get(System.getProperty("spec.file", "../openapi/browseract.yaml")).toAbsolutePath().normalize();
  }

  private static Prism start(List<String> args) {
    Path bin = Paths.get(System.getProperty("prism.bin", "node_modules/.bin/prism"));
    if (!Files.isExecutable(bin)) {
      throw new IllegalStateException("Prism is not installed at " + bin + ": run `make test` (or "
          + "`npm ci --prefix contract-tests`), which needs Node.js 18+ and npm on the PATH");
    }
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(bin.toString()));
    command.addAll(args);
    command.addAll(List.of("-h", "127.0.0.1", "-p", String.valueOf(port)));
    try {
      Path log = Files.createTempFile("prism-", ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      Prism prism = new Prism(process, log, port);
      prism.awaitListening(port);
      return prism;
    } catch (IOException e) {
      String hint = e.getMessage() != null && e.getMessage().contains("node")
          ? " (is Node.js installed? Prism needs Node.js 18+)" : "";
      throw new IllegalStateException("Could not start Prism" + hint + ": " + e.getMessage(), e);
    }
  }

  private void awaitListening(int port) {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Prism exited with " + process.exitValue() + " before listening:\n" + output());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    close();
    throw new IllegalStateException("Prism did not listen on port " + port + " within " + START_LIMIT.toSeconds()
        + " s:\n" + output());
  }

  String baseUrl() {
    return baseUrl;
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
      Files.deleteIfExists(log);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException ignored) {
      // A leftover temp log is harmless; the process is what matters.
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port: " + e.getMessage(), e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Prism", e);
    }
  }
}
