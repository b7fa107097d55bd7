package com.browseract.bench;

import com.browseract.client.BrowserAct;
import com.browseract.client.WaitOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * One waiting-at-scale run, in a JVM of its own (BenchMain starts it): N tasks that end at random 1–5 s
 * after their first poll, waited for either with {@code waitForAsync} (mode {@code async}) or with one
 * thread per task calling the blocking {@code waitFor} (mode {@code thread-per-task}, the naive baseline).
 * Writes {@code wait-MODE.properties} and {@code wait-MODE-delays.txt} (ms, one per task) to the output folder.
 */
public final class WaitAtScale {
  static final WaitOptions OPTIONS = WaitOptions.defaults();

  private WaitAtScale() {}

  /**
   * Runs one scenario.
   *
   * @param args mode ({@code async} or {@code thread-per-task}), number of tasks, seed, output folder
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int count = Integer.parseInt(args[1]);
    Random random = new Random(Long.parseLong(args[2]));
    Path out = Files.createDirectories(Path.of(args[3]));

    try (FakeTaskServer server = new FakeTaskServer(4);
        BrowserAct client = BrowserAct.builder().apiKey("bench-key").baseUrl(server.baseUrl())
            .maxConcurrentRequests(Integer.getInteger("bench.maxConcurrentRequests", 8)).build()) {
      List<String> ids = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ids.add(FakeTaskServer.taskId(i, 1_000 + random.nextInt(4_001)));
      }
      JvmUse use = JvmUse.begin(null);

      AtomicLongArray doneAt = new AtomicLongArray(count);
      long started = System.nanoTime();
      if (mode.equals("async")) {
        waitAsync(client, ids, doneAt);
      } else if (mode.equals("thread-per-task")) {
        waitWithThreads(client, ids, doneAt);
      } else {
        throw new IllegalArgumentException("mode must be async or thread-per-task: " + mode);
      }
      long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      use.end();
      String kinds = use.newThreadKinds();
      write(out, mode, server, ids, doneAt, use.addedThreads(), use.peakHeap(), use.heapBefore(), wallMillis);
      Files.writeString(out.resolve("wait-" + mode + ".threads"), kinds + "\n");
    }
  }

  private static void waitAsync(BrowserAct client, List<String> ids, AtomicLongArray doneAt) throws Exception {
    List<CompletableFuture<?>> waits = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      int index = i;
      waits.add(client.tasks().waitForAsync(ids.get(i), OPTIONS)
          .whenComplete((task, error) -> doneAt.set(index, System.nanoTime())));
    }
    CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
  }

  private static void waitWithThreads(BrowserAct client, List<String> ids, AtomicLongArray doneAt)
      throws InterruptedException {
    List<Thread> waiting = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      int index = i;
      Thread thread = new Thread(() -> {
        client.tasks().waitFor(ids.get(index), OPTIONS);
        doneAt.set(index, System.nanoTime());
      }, "waiter-" + i);
      thread.start();
      waiting.add(thread);
    }
    for (Thread thread : waiting) {
      thread.join(TimeUnit.MINUTES.toMillis(5));
    }
  }

  private static void write(Path out, String mode, FakeTaskServer server, List<String> ids, AtomicLongArray doneAt,
      int addedThreads, long peakHeap, long heapBefore, long wallMillis) throws IOException {
    long[] delays = new long[ids.size()];
    long statusRequests = 0;
    long getRequests = 0;
    long minimum = 0;
    int unfinished = 0;
    for (int i = 0; i < ids.size(); i++) {
      FakeTaskServer.Seen seen = server.tasks().get(ids.get(i));
      if (seen == null || doneAt.get(i) == 0) {
        unfinished++;
        continue;
      }
      delays[i] = TimeUnit.NANOSECONDS.toMillis(doneAt.get(i) - seen.finishAtNanos);
      statusRequests += seen.statusRequests.get();
      getRequests += seen.getRequests.get();
      minimum += PollSchedule.minimumPolls(seen.finishAfterMillis, OPTIONS);
    }
    Properties figures = new Properties();
    figures.setProperty("tasks", String.valueOf(ids.size()));
    figures.setProperty("unfinished", String.valueOf(unfinished));
    figures.setProperty("addedThreads", String.valueOf(addedThreads));
    figures.setProperty("peakHeapBytes", String.valueOf(peakHeap));
    figures.setProperty("heapBeforeBytes", String.valueOf(heapBefore));
    figures.setProperty("maxHeapBytes", String.valueOf(Runtime.getRuntime().maxMemory()));
    figures.setProperty("statusRequests", String.valueOf(statusRequests));
    figures.setProperty("getRequests", String.valueOf(getRequests));
    figures.setProperty("minimumStatusRequests", String.valueOf(minimum));
    figures.setProperty("wallMillis", String.valueOf(wallMillis));
    try (var writer = Files.newBufferedWriter(out.resolve("wait-" + mode + ".properties"))) {
      figures.store(writer, null);
    }
    Files.writeString(out.resolve("wait-" + mode + "-delays.txt"),
        LongStream.of(delays).mapToObj(Long::toString).collect(Collectors.joining("\n", "", "\n")));
  }
}
