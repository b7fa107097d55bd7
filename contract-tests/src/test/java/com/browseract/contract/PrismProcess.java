package com.browseract.contract;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Prism process from the npm package, on a free loopback port, started from the project's spec. */
final class PrismProcess implements Prism {
  private static final Duration START_LIMIT = Duration.ofSeconds(30);

  private final Process process;
  private final Path log;
  private final String baseUrl;

  private PrismProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  static PrismProcess start(PrismCommand what) {
    Path bin = Paths.get(System.getProperty("prism.bin", "node_modules/.bin/prism"));
    if (!Files.isExecutable(bin)) {
      throw new IllegalStateException("Prism is not installed at " + bin + ": run `make test` (or "
          + "`npm ci --prefix contract-tests`), which needs Node.js 18+ and npm on the PATH");
    }
    int port = LoopbackPort.free();
    List<String> command = new ArrayList<>(List.of(bin.toString()));
    command.addAll(what.args(what.spec().toString(), "127.0.0.1", port));
    try {
      Path log = Files.createTempFile("prism-", ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      PrismProcess prism = new PrismProcess(process, log, port);
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

  @Override
  public String baseUrl() {
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

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Prism", e);
    }
  }
}
