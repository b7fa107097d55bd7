package com.browseract.bench;

import com.browseract.client.BrowserAct;
import com.browseract.client.WaitOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * One waiting-at-scale run, in a JVM of its own (BenchMain starts it): N tasks that end at random 1–5 s
 * after their first poll, waited for either with {@code waitForAsync} (mode {@code async}) or with one
 * thread per task calling the blocking {@code waitFor} (mode {@code thread-per-task}, the naive baseline).
 * Both modes get the same arrival pattern: every wait begins at once ({@code burst}), or the waits begin one
 * after another, evenly spread over {@link #SPREAD} ({@code spread}). Writes {@code wait-MODE-ARRIVAL.properties}
 * and {@code wait-MODE-ARRIVAL-delays.txt} (ms, one per task) to the output folder.
 */
public final class WaitAtScale {
  static final WaitOptions OPTIONS = WaitOptions.defaults();
  static final Duration SPREAD = Duration.ofSeconds(15);

  private WaitAtScale() {}

  /**
   * Runs one scenario.
   *
   * @param args mode ({@code async} or {@code thread-per-task}), arrival ({@code burst} or {@code spread}), number
   *     of tasks, seed, output folder
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String arrival = args[1];
    int count = Integer.parseInt(args[2]);
    Random random = new Random(Long.parseLong(args[3]));
    Path out = Files.createDirectories(Path.of(args[4]));
    long spreadNanos = switch (arrival) {
      case "burst" -> 0;
      case "spread" -> SPREAD.toNanos();
      default -> throw new IllegalArgumentException("arrival must be burst or spread: " + arrival);
    };

    try (FakeTaskServer server = new FakeTaskServer(4);
        BrowserAct client = BrowserAct.builder().apiKey("bench-key").baseUrl(server.baseUrl())
            .maxConcurrentRequests(Integer.getInteger("bench.maxConcurrentRequests", 8)).build()) {
      List<String> ids = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ids.add(FakeTaskServer.taskId(i, 1_000 + random.nextInt(4_001)));
      }
      JvmUse use = JvmUse.begin(null);

      AtomicLongArray doneAt = new AtomicLongArray(count);
      Arrivals arrivals = new Arrivals(count, spreadNanos);
      if (mode.equals("async")) {
        waitAsync(client, ids, arrivals, doneAt);
      } else if (mode.equals("thread-per-task")) {
        waitWithThreads(client, ids, arrivals, doneAt);
      } else {
        throw new IllegalArgumentException("mode must be async or thread-per-task: " + mode);
      }
      long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrivals.start());
      use.end();
      String kinds = use.newThreadKinds();
      String name = mode + "-" + arrival;
      write(out, name, server, ids, doneAt, use.addedThreads(), use.peakHeap(), use.heapBefore(), wallMillis,
          arrivals);
      Files.writeString(out.resolve("wait-" + name + ".threads"), kinds + "\n");
    }
  }

  /**
   * When each wait is due to begin, and how late it really began. The pattern is the same for both modes; only
   * what begins a wait differs (a call of {@code waitForAsync}, or a thread's first statement).
   */
  static final class Arrivals {
    private final long spreadNanos;
    private final int count;
    private final CountDownLatch begun = new CountDownLatch(1);
    private volatile long start;
    final AtomicLong latestNanos = new AtomicLong();

    Arrivals(int count, long spreadNanos) {
      this.count = count;
      this.spreadNanos = spreadNanos;
    }

    /** Starts the clock: wait 0 is due now. */
    void begin() {
      start = System.nanoTime();
      begun.countDown();
    }

    long start() {
      return start;
    }

    /** Sleeps until wait {@code index} is due, then records how late it begins. */
    void await(int index) {
      try {
        begun.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      long due = start + spreadNanos * index / count;
      for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
        LockSupport.parkNanos(left);
      }
      latestNanos.accumulateAndGet(System.nanoTime() - due, Math::max);
    }
  }

  private static void waitAsync(BrowserAct client, List<String> ids, Arrivals arrivals, AtomicLongArray doneAt)
      throws Exception {
    List<CompletableFuture<?>> waits = new ArrayList<>(ids.size());
    arrivals.begin();
    for (int i = 0; i < ids.size(); i++) {
      int index = i;
      arrivals.await(i);
      waits.add(client.tasks().waitForAsync(ids.get(i), OPTIONS)
          .whenComplete((task, error) -> doneAt.set(index, System.nanoTime())));
    }
    CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
  }

  /**
   * The baseline. All at once, every thread exists beforehand and sleeps until the start, so that creating
   * threads does not spread the burst out; spread over time, a thread is started when its wait is due, as a
   * thread-per-task server would.
   */
  private static void waitWithThreads(BrowserAct client, List<String> ids, Arrivals arrivals,
      AtomicLongArray doneAt) throws InterruptedException {
    List<Thread> waiting = new ArrayList<>(ids.size());
    boolean burst = arrivals.spreadNanos == 0;
    if (!burst) {
      arrivals.begin();
    }
    for (int i = 0; i < ids.size(); i++) {
      int index = i;
      Thread thread = new Thread(() -> {
        if (burst) {
          arrivals.await(index);
        }
        client.tasks().waitFor(ids.get(index), OPTIONS);
        doneAt.set(index, System.nanoTime());
      }, "waiter-" + i);
      if (!burst) {
        arrivals.await(i);
      }
      thread.start();
      waiting.add(thread);
    }
    if (burst) {
      arrivals.begin();
    }
    for (Thread thread : waiting) {
      thread.join(TimeUnit.MINUTES.toMillis(5));
    }
  }

  private static void write(Path out, String name, FakeTaskServer server, List<String> ids, AtomicLongArray doneAt,
      int addedThreads, long peakHeap, long heapBefore, long wallMillis, Arrivals arrivals) throws IOException {
    long[] delays = new long[ids.size()];
    Breakdown breakdown = new Breakdown(ids.size());
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
      breakdown.add(i, seen);
      statusRequests += seen.statusRequests.get();
      getRequests += seen.getRequests.get();
      minimum += OnTimePolls.minimumPolls(seen.finishAfterMillis, OPTIONS);
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
    figures.setProperty("latestArrivalMillis", String.valueOf(TimeUnit.NANOSECONDS.toMillis(arrivals.latestNanos.get())));
    breakdown.into(figures);
    try (var writer = Files.newBufferedWriter(out.resolve("wait-" + name + ".properties"))) {
      figures.store(writer, null);
    }
    Files.writeString(out.resolve("wait-" + name + "-delays.txt"),
        LongStream.of(delays).mapToObj(Long::toString).collect(Collectors.joining("\n", "", "\n")));
  }

  /**
   * Where each delay went: the poll schedule itself (to the on-time poll after the end), to the status request that
   * really saw the end, and from it to the get-task that read the ended task.
   */
  private static final class Breakdown {
    final long[] schedule;
    final long[] seen;
    final long[] statusToGet;

    Breakdown(int count) {
      schedule = new long[count];
      seen = new long[count];
      statusToGet = new long[count];
    }

    void add(int i, FakeTaskServer.Seen task) {
      schedule[i] = OnTimePolls.endSeenAtMillis(task.finishAfterMillis, OPTIONS) - task.finishAfterMillis;
      seen[i] = TimeUnit.NANOSECONDS.toMillis(task.endSeenAtNanos - task.finishAtNanos);
      statusToGet[i] = TimeUnit.NANOSECONDS.toMillis(task.getAtNanos - task.endSeenAtNanos);
    }

    void into(Properties figures) {
      put(figures, "schedule", schedule);
      put(figures, "seen", seen);
      put(figures, "statusToGet", statusToGet);
    }

    private static void put(Properties figures, String name, long[] values) {
      figures.setProperty(name + ".p50", String.valueOf(Stats.percentile(values, 50)));
      figures.setProperty(name + ".p99", String.valueOf(Stats.percentile(values, 99)));
    }
  }
}
