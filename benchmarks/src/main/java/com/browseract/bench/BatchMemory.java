package com.browseract.bench;

import com.browseract.client.BrowserAct;
import com.browseract.client.batch.BatchInputs;
import com.browseract.client.batch.BatchOptions;
import com.browseract.client.batch.BatchSummary;
import com.browseract.client.batch.BatchTarget;
import com.browseract.client.batch.FakeBatchApi;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockWebServer;

/**
 * What a batch keeps in memory as its inputs grow, in a JVM of its own (BenchMain starts one per case): the live
 * heap (used right after a full collection, sampled every 200 ms) while a batch of N inputs runs for a fixed time
 * against the fake API (tasks end at once, 50 at a time), and then while a rerun of the same journal resumes it.
 * Everything in the JVM counts (the fake's tasks included, the same for every N), except the requests
 * MockWebServer records, which are taken away as they come.
 */
public final class BatchMemory {
  private BatchMemory() {}

  /**
   * @param args number of inputs, seconds to run, output folder
   */
  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    Duration runFor = Duration.ofSeconds(Long.parseLong(args[1]));
    Path out = Files.createDirectories(Path.of(args[2]));
    Path work = Files.createTempDirectory(out, "batch-memory-");
    Path inputs = work.resolve("inputs.jsonl");
    try (BufferedWriter writer = Files.newBufferedWriter(inputs, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= count; i++) {
        writer.write("{\"keyword\":\"item " + i + "\",\"max_items\":50}\n");
      }
    }
    FakeBatchApi api = new FakeBatchApi(Clock.systemUTC(), 1_000);
    api.durations = input -> Duration.ZERO;
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(api);
      server.start();
      // MockWebServer keeps every request it received until taken: take them, so that they do not count.
      Thread drain = new Thread(() -> {
        try {
          while (true) {
            server.takeRequest();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "drain-recorded-requests");
      drain.setDaemon(true);
      drain.start();
      try (BrowserAct client = BrowserAct.builder().apiKey("bench-key").baseUrl(server.url("/").toString()).build()) {
        BatchOptions options = BatchOptions.builder().journal(work.resolve("journal.jsonl"))
            .results(work.resolve("results.jsonl")).concurrency(50).timeout(runFor).build();
        LiveHeap running = LiveHeap.sample();
        BatchSummary first = client.batches().run(BatchTarget.workflow("wf-memory"), BatchInputs.fromFile(inputs),
            options).summary().join();
        long runningPeak = running.stop();
        LiveHeap resuming = LiveHeap.sample();
        client.batches().run(BatchTarget.workflow("wf-memory"), BatchInputs.fromFile(inputs),
            BatchOptions.builder().journal(work.resolve("journal.jsonl")).results(work.resolve("results.jsonl"))
                .concurrency(50).timeout(Duration.ofSeconds(2)).build()).summary().join();
        long resumingPeak = resuming.stop();
        Properties figures = new Properties();
        figures.setProperty("inputs", String.valueOf(count));
        figures.setProperty("done", String.valueOf(first.done()));
        figures.setProperty("liveRunning", String.valueOf(runningPeak));
        figures.setProperty("liveResuming", String.valueOf(resumingPeak));
        try (var writer = Files.newBufferedWriter(out.resolve("batch-memory-" + count + ".properties"))) {
          figures.store(writer, null);
        }
      }
    }
  }

  /** The largest live heap seen: full collections every 200 ms, used memory read right after each. */
  private static final class LiveHeap {
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private LiveHeap() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          memory.gc();
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "live-heap-sampler");
      sampler.setDaemon(true);
    }

    static LiveHeap sample() {
      LiveHeap heap = new LiveHeap();
      heap.sampler.start();
      return heap;
    }

    long stop() throws InterruptedException {
      sampler.interrupt();
      sampler.join();
      return peak.get();
    }
  }
}
