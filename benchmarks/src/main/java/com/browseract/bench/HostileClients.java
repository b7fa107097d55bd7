package com.browseract.bench;

import com.browseract.client.BrowserAct;
import com.browseract.client.PollSchedule;
import com.browseract.client.WaitOptions;
import com.browseract.client.WebhookReceiver;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The webhook receiver under hostile clients: while {@code n} connections trickle header bytes at it (one byte per
 * connection every 200 ms, on a path of their own: they need no secret; a connection the receiver closes is opened
 * again at once, as an attacker would), one genuine task of 3 s is waited for with callbacks (the CLI's safety
 * poll, from 30 s) against {@link CallbackTaskServer}. Measured: the task's end → its {@code callback_url} callback
 * answered, and the task's end → the wait returned; the receiver's live threads when the wait returned (its own, and
 * the JDK {@code HttpServer}'s dispatcher it had before).
 */
final class HostileClients {
  /** What one scenario measured; {@code answerMillis} is -1 when the callback was never answered. */
  record Result(int slowConnections, long answerMillis, long waitEndMillis, long receiverThreads, int reconnects) {}

  static final Duration TASK = Duration.ofSeconds(3);
  private static final Duration TRICKLE = Duration.ofMillis(200);

  private HostileClients() {}

  /** Prints the figures for 0, 2 and 200 slow connections. */
  public static void main(String[] args) throws Exception {
    for (Result result : run(List.of(0, 2, 200))) {
      System.out.println(line(result));
    }
  }

  static List<Result> run(List<Integer> slowCounts) throws Exception {
    scenario(0); // unmeasured: the first run of a JVM loads and compiles what the others reuse
    List<Result> results = new ArrayList<>();
    for (int slow : slowCounts) {
      results.add(scenario(slow));
    }
    return results;
  }

  static String line(Result r) {
    return String.format(Locale.ROOT, "%3d slow connections: callback answered %s, wait ended %d ms after the task,"
        + " %d receiver threads, %d reconnects", r.slowConnections(),
        r.answerMillis() < 0 ? "never" : r.answerMillis() + " ms after the task ended", r.waitEndMillis(),
        r.receiverThreads(), r.reconnects());
  }

  private static Result scenario(int slow) throws Exception {
    try (CallbackTaskServer api = new CallbackTaskServer();
        BrowserAct client = BrowserAct.builder().apiKey("bench-key").baseUrl(api.baseUrl()).build()) {
      long threadsBefore = serverThreads(); // the fake API's own
      try (WebhookReceiver receiver = WebhookReceiver.start(client.webhooks(), 0);
          Trickler trickler = new Trickler(receiver.port(), slow)) {
        trickler.start();
        WaitOptions options = WaitOptions.builder().timeout(Duration.ofMinutes(2))
            .callbackUrl(receiver.callbackUrl("http://127.0.0.1:" + receiver.port()))
            .pollSchedule(PollSchedule.builder().safetyInterval(Duration.ofSeconds(30)).build()).build();
        CompletableFuture<Task> wait = client.tasks().runAndWaitAsync(
            new RunTaskRequest().workflowId("wf-" + TASK.toMillis()), options);
        Task task;
        long returned;
        try {
          task = wait.get(90, TimeUnit.SECONDS);
          returned = System.nanoTime();
        } catch (TimeoutException e) {
          throw new IllegalStateException("the wait did not end within 90 s", e);
        }
        long threads = serverThreads() - threadsBefore;
        CallbackTaskServer.Run run = api.run(task.getId());
        // The callback's answer may come after the wait ended through its safety poll: give it the sender's 30 s.
        long deadline = run.endNanos + TimeUnit.SECONDS.toNanos(31);
        while (run.endCallbackAnsweredNanos == 0 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        long answered = run.endCallbackAnsweredNanos;
        return new Result(slow, answered == 0 ? -1 : (answered - run.endNanos) / 1_000_000,
            (returned - run.endNanos) / 1_000_000, threads, trickler.reconnects.get());
      }
    }
  }

  /** Live threads of HTTP servers: the receiver's, the JDK {@code HttpServer} dispatchers (the fake API has one). */
  private static long serverThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(name -> name.startsWith("browseract-webhooks-") || name.equals("HTTP-Dispatcher")).count();
  }

  /** Keeps {@code count} connections open that each send one more header byte every 200 ms. */
  private static final class Trickler implements AutoCloseable {
    private final int port;
    private final Socket[] sockets;
    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger reconnects = new AtomicInteger();
    private final Thread thread = new Thread(this::loop, "bench-slow-clients");

    Trickler(int port, int count) throws IOException {
      this.port = port;
      this.sockets = new Socket[count];
      for (int i = 0; i < count; i++) {
        sockets[i] = open();
      }
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    private Socket open() throws IOException {
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
      socket.getOutputStream().write("POST /slow HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      return socket;
    }

    private void loop() {
      while (running.get()) {
        for (int i = 0; i < sockets.length && running.get(); i++) {
          try {
            OutputStream out = sockets[i].getOutputStream();
            out.write('a');
            out.flush();
          } catch (IOException closedByTheReceiver) {
            closeQuietly(sockets[i]);
            try {
              sockets[i] = open();
              reconnects.incrementAndGet();
            } catch (IOException e) {
              // Refused for now: try again next round.
            }
          }
        }
        try {
          Thread.sleep(TRICKLE.toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.interrupt();
      thread.join(5_000);
      for (Socket socket : sockets) {
        closeQuietly(socket);
      }
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
