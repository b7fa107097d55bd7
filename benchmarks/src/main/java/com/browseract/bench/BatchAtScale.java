package com.browseract.bench;

import com.browseract.client.BrowserAct;
import com.browseract.client.WaitOptions;
import com.browseract.client.WebhookReceiver;
import com.browseract.client.batch.BatchInput;
import com.browseract.client.batch.BatchOptions;
import com.browseract.client.batch.BatchSummary;
import com.browseract.client.batch.BatchTarget;
import com.browseract.client.batch.FakeBatchApi;
import com.browseract.client.batch.NoDelayServerSockets;
import com.browseract.client.model.InputParameter;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One run of the batch scenario, in a JVM of its own (BenchMain starts it): a fake API with a plan limit of 20
 * (the client's test {@link FakeBatchApi}, real clock) in the same JVM, and one way of running the inputs through it.
 * Modes:
 * <ul>
 *   <li>{@code sdk}: {@code browserAct.batches().run(...)}, concurrency 20, journal and results in a temporary
 *       folder;</li>
 *   <li>{@code sdk-callbacks}: the same with callbacks: a {@link WebhookReceiver} on loopback, its URL in
 *       {@link BatchOptions.Builder#callbackUrl(String)}; the fake POSTs each task, as BrowserAct does, to its
 *       {@code status_change_callback_url} and its {@code callback_url} when it ends;</li>
 *   <li>{@code sequential}: the pattern BrowserAct publishes: start one task, read it with get-task every 5 s until
 *       it ends, pause 5 s, next input;</li>
 *   <li>{@code threads}: 20 threads, each taking the next input and running start + the SDK's blocking
 *       {@code waitFor} (default wait options) until none is left.</li>
 * </ul>
 * Writes {@code batch-MODE.properties} to the output folder; every figure but the SDK's own summary is measured on
 * the fake's side.
 */
public final class BatchAtScale {
  static final int PLAN_LIMIT = 20;
  static final Duration SEQUENTIAL_POLL = Duration.ofSeconds(5);
  static final Duration SEQUENTIAL_PAUSE = Duration.ofSeconds(5);

  private BatchAtScale() {}

  /**
   * Runs one mode.
   *
   * @param args mode ({@code sdk}, {@code sequential} or {@code threads}), number of inputs in the workload, seed,
   *     output folder, and optionally how many of the inputs (the first ones) this mode runs
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int count = Integer.parseInt(args[1]);
    BatchWorkload workload = new BatchWorkload(count, Long.parseLong(args[2]));
    Path out = Files.createDirectories(Path.of(args[3]));
    List<BatchInput> inputs = workload.first(args.length > 4 ? Integer.parseInt(args[4]) : count);

    FakeBatchApi api = new FakeBatchApi(Clock.systemUTC(), PLAN_LIMIT);
    api.durations = workload::duration;
    List<Instant> looks = Collections.synchronizedList(new ArrayList<>());
    MockWebServer server = startFake(api, looks);
    Properties figures = new Properties();
    try (BrowserAct client = BrowserAct.builder().apiKey("bench-key").baseUrl(server.url("/").toString()).build()) {
      // The fake server's own threads (MockWebServer's, its callback poster's) are not the client's cost.
      JvmUse use = JvmUse.begin(thread -> !thread.getName().contains("MockWebServer")
          && !thread.getName().startsWith(FakeCallbacks.THREAD)
          && !thread.getName().equals(FakeCallbacks.KEEP_ALIVE_THREAD));
      Instant began = Instant.now();
      run(mode, client, api, inputs, figures);
      Instant over = Instant.now();
      use.end();
      figures.setProperty("wallMillis", String.valueOf(Duration.between(began, over).toMillis()));
      figures.setProperty("addedThreads", String.valueOf(use.addedThreads()));
      figures.setProperty("threadKinds", use.newThreadKinds());
      figures.setProperty("peakHeapBytes", String.valueOf(use.peakHeap()));
      figures.setProperty("heapBeforeBytes", String.valueOf(use.heapBefore()));
      int concurrency = mode.equals("sequential") ? 1 : PLAN_LIMIT;
      fakeSide(api, inputs, SlotUse.of(spans(api), began, over, PLAN_LIMIT, concurrency), figures);
      figures.setProperty("listsWhileQueued", String.valueOf(looksUntilLastStart(api, looks)));
      writeTimeline(out.resolve("batch-" + mode + "-timeline.csv"), began, spans(api), looks);
    } finally {
      server.shutdown();
    }
    figures.setProperty("inputs", String.valueOf(count));
    figures.setProperty("ran", String.valueOf(inputs.size()));
    figures.setProperty("taskSecondsRan", String.valueOf(workload.taskSeconds(inputs.size())));
    figures.setProperty("taskSecondsAll", String.valueOf(workload.taskSeconds(count)));
    figures.setProperty("perfectSecondsAll", String.valueOf(workload.perfectSeconds(PLAN_LIMIT)));
    try (var writer = Files.newBufferedWriter(out.resolve("batch-" + mode + ".properties"))) {
      figures.store(writer, null);
    }
  }

  /** The fake on a server of its own, noting when each list request came. */
  private static MockWebServer startFake(FakeBatchApi api, List<Instant> looks) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getRequestUrl().encodedPath().endsWith("/list-tasks")) {
          looks.add(Instant.now());
        }
        return api.dispatch(request);
      }
    });
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.start();
    return server;
  }

  private static void run(String mode, BrowserAct client, FakeBatchApi api, List<BatchInput> inputs,
      Properties figures) throws Exception {
    switch (mode) {
      case "sdk":
        runSdkBatch(client, inputs, null, figures);
        break;
      case "sdk-callbacks":
        try (FakeCallbacks callbacks = FakeCallbacks.postFor(api);
            WebhookReceiver receiver = WebhookReceiver.start(client.webhooks(), 0)) {
          runSdkBatch(client, inputs, receiver.callbackUrl("http://127.0.0.1:" + receiver.port()), figures);
          figures.setProperty("callbacksPosted", String.valueOf(callbacks.posted()));
        }
        break;
      case "sequential":
        runOneAfterAnother(client, inputs);
        break;
      case "threads":
        runOnThreads(client, inputs);
        break;
      default:
        throw new IllegalArgumentException("mode must be sdk, sdk-callbacks, sequential or threads: " + mode);
    }
  }

  /** @param callbackUrl where the fake's callbacks reach this client's webhooks, or null for polling only */
  private static void runSdkBatch(BrowserAct client, List<BatchInput> inputs, String callbackUrl, Properties figures)
      throws Exception {
    Path folder = Files.createTempDirectory("browseract-bench-batch");
    try {
      Path results = folder.resolve("results.jsonl");
      BatchOptions options = BatchOptions.builder().journal(folder.resolve("journal.jsonl")).results(results)
          .concurrency(PLAN_LIMIT).callbackUrl(callbackUrl).build();
      BatchSummary summary = client.batches().run(BatchTarget.workflow(BatchWorkload.WORKFLOW), inputs, options)
          .summary().get(15, TimeUnit.MINUTES);
      figures.setProperty("sdkFinished", String.valueOf(summary.finished()));
      figures.setProperty("sdkUtilisation", String.valueOf(summary.slotUtilisation()));
      figures.setProperty("sdkRequests", String.valueOf(summary.requests()));
      try (Stream<String> lines = Files.lines(results)) {
        figures.setProperty("resultLines", String.valueOf(lines.filter(line -> !line.isBlank()).count()));
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(file);
        }
      }
    }
  }

  private static void runOneAfterAnother(BrowserAct client, List<BatchInput> inputs) throws InterruptedException {
    for (int i = 0; i < inputs.size(); i++) {
      if (i > 0) {
        Thread.sleep(SEQUENTIAL_PAUSE.toMillis());
      }
      String id = client.tasks().run(request(inputs.get(i))).getId();
      TaskStatus status;
      do {
        Thread.sleep(SEQUENTIAL_POLL.toMillis());
        status = client.tasks().get(id).getStatus();
      } while (status != TaskStatus.FINISHED && status != TaskStatus.FAILED && status != TaskStatus.CANCELED);
    }
  }

  private static void runOnThreads(BrowserAct client, List<BatchInput> inputs) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < PLAN_LIMIT; w++) {
      Thread worker = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
          try {
            client.tasks().waitFor(client.tasks().run(request(inputs.get(i))).getId(), WaitOptions.defaults());
          } catch (RuntimeException e) {
            failures.incrementAndGet();
            System.err.println("input " + inputs.get(i).key() + ": " + e);
          }
        }
      }, "bench-worker-" + w);
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " inputs failed in the threads baseline");
    }
  }

  private static List<SlotUse.Span> spans(FakeBatchApi api) {
    List<SlotUse.Span> spans = new ArrayList<>();
    api.created().forEach(task -> spans.add(new SlotUse.Span(task.createdAt, task.end())));
    return spans;
  }

  /** For a closer look: each task's start and end, and each list request, in ms from the run's start. */
  private static void writeTimeline(Path file, Instant began, List<SlotUse.Span> spans, List<Instant> looks)
      throws IOException {
    StringBuilder csv = new StringBuilder("event,startMillis,endMillis\n");
    spans.forEach(span -> csv.append("task,").append(Duration.between(began, span.start()).toMillis()).append(',')
        .append(Duration.between(began, span.end()).toMillis()).append('\n'));
    synchronized (looks) {
      looks.forEach(look -> csv.append("list,").append(Duration.between(began, look).toMillis()).append(",\n"));
    }
    Files.writeString(file, csv);
  }

  /** @return the list requests made until the last task was created, while inputs were still waiting */
  private static long looksUntilLastStart(FakeBatchApi api, List<Instant> looks) {
    Instant lastStart = api.created().stream().map(task -> task.createdAt).max(Instant::compareTo).orElse(Instant.MIN);
    synchronized (looks) {
      return looks.stream().filter(look -> !look.isAfter(lastStart)).count();
    }
  }

  private static RunTaskRequest request(BatchInput input) {
    List<InputParameter> parameters = new ArrayList<>();
    input.parameters().forEach((name, value) -> parameters.add(new InputParameter().name(name).value(value)));
    return new RunTaskRequest().workflowId(BatchWorkload.WORKFLOW).inputParameters(parameters);
  }

  private static void fakeSide(FakeBatchApi api, List<BatchInput> inputs, SlotUse slots, Properties figures) {
    figures.setProperty("utilisationWhileQueued", String.valueOf(slots.whileQueued()));
    figures.setProperty("utilisationOverWall", String.valueOf(slots.overWall()));
    figures.setProperty("meanRefillMillis", String.valueOf(slots.meanRefillMillis()));
    figures.setProperty("p90RefillMillis", String.valueOf(slots.p90RefillMillis()));
    figures.setProperty("finished", String.valueOf(slots.ended()));
    figures.setProperty("fullMillis", String.valueOf(slots.fullMillis()));
    figures.setProperty("lastStartMillis", String.valueOf(slots.lastStartMillis()));
    figures.setProperty("lastEndMillis", String.valueOf(slots.lastEndMillis()));
    figures.setProperty("requests", String.valueOf(api.requests()));
    for (String operation : List.of("run-task", "list-tasks", "get-task-status", "get-task", "get-workflow")) {
      figures.setProperty("requests." + operation, String.valueOf(api.requests(operation)));
    }
    Map<String, Integer> perInput = api.tasksPerInput();
    int missing = 0;
    for (BatchInput input : inputs) {
      missing += perInput.containsKey(BatchWorkload.fakeText(input.parameters().get(BatchWorkload.PARAMETER))) ? 0 : 1;
    }
    figures.setProperty("tasksCreated", String.valueOf(api.created().size()));
    figures.setProperty("inputsWithSeveralTasks", String.valueOf(perInput.values().stream().filter(n -> n > 1).count()));
    figures.setProperty("inputsWithoutTask", String.valueOf(missing));
  }
}
