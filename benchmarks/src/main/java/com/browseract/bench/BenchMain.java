package com.browseract.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * {@code make bench}: runs every benchmark in one go and writes {@code benchmarks/RESULTS.md} and the chart
 * of waiting-at-scale delays. {@code --quick} shortens every part (a smoke run; its figures mean little) and
 * writes them under {@code benchmarks/target/bench} instead, so that it never replaces the real results.
 */
public final class BenchMain {
  private final Path root;
  private final boolean quick;
  private final Path out;
  private final List<String> targets = new ArrayList<>();
  /** Where {@link #target} writes: the sections run side by side keep their own list until they are done. */
  private final ThreadLocal<List<String>> sectionTargets = ThreadLocal.withInitial(() -> targets);

  private BenchMain(Path root, boolean quick) {
    this.root = root;
    this.quick = quick;
    this.out = root.resolve("benchmarks/target/bench");
  }

  /**
   * Runs the benchmarks.
   *
   * @param args {@code --root DIR} (the project, default {@code .}) and {@code --quick}
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(".");
    boolean quick = false;
    boolean batchesOnly = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--root")) {
        root = Path.of(args[++i]);
      } else if (args[i].equals("--quick")) {
        quick = true;
      } else if (args[i].equals("--batches-only")) {
        batchesOnly = true;
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i] + " (use --root DIR, --quick, --batches-only)");
      }
    }
    BenchMain bench = new BenchMain(root.toAbsolutePath().normalize(), quick);
    if (batchesOnly) {
      bench.batchesOnly();
    } else {
      bench.run();
    }
  }

  /** Only the batch scenario: its targets and section go to target/bench/RESULTS-batches.md, RESULTS.md is left. */
  private void batchesOnly() throws Exception {
    Instant start = Instant.now();
    Files.createDirectories(out);
    String batches = batches();
    String markdown = "# Batch scenario only (`--batches-only`)\n\nWritten on "
        + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + " in "
        + String.format(Locale.ROOT, "%.1f", Duration.between(start, Instant.now()).toSeconds() / 60.0) + " min.\n\n"
        + "- Machine: " + Machine.describe() + "\n\n| target | measured | |\n| --- | --- | --- |\n"
        + String.join("\n", targets) + "\n\n" + batches;
    Files.writeString(out.resolve("RESULTS-batches.md"), markdown);
    System.out.println(markdown);
  }

  private void run() throws Exception {
    Instant start = Instant.now();
    Files.createDirectories(out);
    String calls = callOverhead();
    String parsing = parsing();
    String schemas = InputSchemaSection.markdown(JmhFigures.run(InputSchemaBenchmark.class, quick), quick);
    String waiting = waiting();
    String startup = startup();
    // The callback waits (in this JVM) and the batches (in JVMs of their own) mostly wait on timers and use little
    // CPU: run side by side they keep make bench within 15 minutes.
    List<String> callbackTargets = new ArrayList<>();
    java.util.concurrent.CompletableFuture<String> callbacksDone = new java.util.concurrent.CompletableFuture<>();
    Thread callbacksThread = new Thread(() -> {
      sectionTargets.set(callbackTargets);
      try {
        callbacksDone.complete(callbackWaits());
      } catch (Exception | Error e) {
        callbacksDone.completeExceptionally(e);
      }
    }, "bench-callbacks");
    callbacksThread.start();
    String batches = batches();
    String callbacks = callbacksDone.join();
    targets.addAll(callbackTargets);
    String hostile = hostileClients();
    String minutes = String.format(Locale.ROOT, "%.1f", Duration.between(start, Instant.now()).toSeconds() / 60.0);
    String markdown = "# Benchmark results\n\n"
        + "Written by `make bench`" + (quick ? " **(--quick: shortened smoke run, figures not meaningful)**" : "")
        + " on " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + " in " + minutes + " min.\n\n"
        + "- Machine: " + Machine.describe() + "\n"
        + "- Errors: JMH figures ± the 99.9 % confidence half-width; process figures ± one standard deviation.\n\n"
        + "## Targets\n\n| target | measured | |\n| --- | --- | --- |\n" + String.join("\n", targets) + "\n\n"
        + calls + parsing + waiting + callbacks + hostile + startup + batches + schemas;
    Files.writeString(resultsFolder().resolve("RESULTS.md"), markdown);
    System.out.println(markdown);
  }

  private Path resultsFolder() {
    return quick ? out : root.resolve("benchmarks");
  }

  private void target(String name, String measured, boolean met) {
    sectionTargets.get().add("| " + name + " | " + measured + " | " + (met ? "met" : "**missed**") + " |");
  }

  private String callOverhead() throws Exception {
    Map<String, JmhFigures.Row> rows = JmhFigures.run(CallOverheadBenchmark.class, quick);
    JmhFigures.Row sdk = rows.get("sdk");
    JmhFigures.Row floor = rows.get("okHttpMoshiFloor");
    JmhFigures.Row generated = rows.get("defaultGenerated");
    Figure allocVsGenerated = sdk.allocatedBytes().over(generated.allocatedBytes());
    PairedCallRatio.Ratios paired = PairedCallRatio.measure(quick ? 5 : 40, quick ? 100 : 300);
    target("SDK call time ≤ 1.10 × OkHttp+Moshi floor (paired rounds)", paired.sdkOverFloor().format("%.3f") + " ×",
        paired.sdkOverFloor().value() <= 1.10);
    target("SDK call time ≤ default generated client (paired rounds)", paired.sdkOverGenerated().format("%.3f") + " ×",
        paired.sdkOverGenerated().value() <= 1.0);
    target("SDK allocation per call ≤ default generated client", allocVsGenerated.format("%.3f") + " ×",
        allocVsGenerated.value() <= 1.0);
    StringBuilder md = new StringBuilder("## 1. Call overhead: get-task over loopback keep-alive\n\n")
        .append("One in-process HTTP/1.1 server answers a finished task with 50 steps (")
        .append(TaskBodies.realistic().length).append(" bytes). Same server, same JVM fork, one client after another.\n\n")
        .append("| client | time per call (µs) | allocated per call (bytes) | time vs floor |\n| --- | --- | --- | --- |\n");
    Map<String, JmhFigures.Row> labelled = new LinkedHashMap<>();
    labelled.put("default generated client (java / okhttp-gson)", generated);
    labelled.put("floor: hand-written OkHttp + Moshi, minimal class", floor);
    labelled.put("SDK (wrapper + generated Retrofit/Moshi)", sdk);
    for (Map.Entry<String, JmhFigures.Row> client : labelled.entrySet()) {
      JmhFigures.Row row = client.getValue();
      md.append("| ").append(client.getKey()).append(" | ").append(row.score().format("%.1f")).append(" | ")
          .append(row.allocatedBytes().format("%.0f")).append(" | ")
          .append(row.score().over(floor.score()).format("%.3f")).append(" |\n");
    }
    return md.append("\nJMH runs each client in forks of its own, one after another; on this shared machine that order ")
        .append("moves the ratios by more than the 10 % at stake. So the targets use paired rounds instead: one JVM ")
        .append("alternates the three clients, ").append(paired.callsPerRound()).append(" calls each per round, ")
        .append(paired.rounds()).append(" rounds, order rotated; SDK ÷ floor = ").append(paired.sdkOverFloor().format("%.3f"))
        .append(", SDK ÷ default generated = ").append(paired.sdkOverGenerated().format("%.3f"))
        .append(" (mean of the rounds' ratios ± 99.9 % confidence). Allocation, SDK ÷ default generated: ")
        .append(allocVsGenerated.format("%.3f")).append(".\n\nThe floor builds its request per call (URL with the task id, ")
        .append("the key header), as any hand-written call for a given task must; it reads dates and enums as strings.\n\n")
        .toString();
  }

  private String parsing() throws Exception {
    Map<String, JmhFigures.Row> rows = JmhFigures.run(ParsingBenchmark.class, quick);
    StringBuilder md = new StringBuilder("## 2. Parsing a get-task body\n\n")
        .append("From a `String` into our Moshi models (`Webhooks.parseTask`) and into the default generator's Gson ")
        .append("models (`JSON.getGson().fromJson`), and, for reference, into the call-overhead floor's minimal class. ")
        .append("1MB = a long `output.string` and 2,400 download files.\n\n")
        .append("| body | parser | parses per second | allocated per parse (bytes) | SDK ÷ Gson throughput |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (String size : List.of("20KB", "1MB")) {
      JmhFigures.Row moshi = rows.get("sdkMoshi[" + size + "]");
      JmhFigures.Row gson = rows.get("defaultGson[" + size + "]");
      Figure ratio = moshi.score().over(gson.score());
      md.append("| ").append(size).append(" | SDK (Moshi) | ").append(moshi.score().format("%.0f")).append(" | ")
          .append(moshi.allocatedBytes().format("%.0f")).append(" | ").append(ratio.format("%.3f")).append(" |\n")
          .append("| ").append(size).append(" | default (Gson) | ").append(gson.score().format("%.0f")).append(" | ")
          .append(gson.allocatedBytes().format("%.0f")).append(" | 1 |\n");
      JmhFigures.Row floor = rows.get("floorMoshi[" + size + "]");
      md.append("| ").append(size).append(" | floor's minimal class (Moshi), for reference | ")
          .append(floor.score().format("%.0f")).append(" | ").append(floor.allocatedBytes().format("%.0f"))
          .append(" | SDK ÷ floor: ").append(moshi.score().over(floor.score()).format("%.3f")).append(" |\n");
      target("Parsing " + size + " at least as fast as Gson models", ratio.format("%.3f") + " ×", ratio.value() >= 1.0);
    }
    return md.append('\n').toString();
  }

  private String waiting() throws Exception {
    int tasks = quick ? 1_000 : 10_000;
    Map<String, String> modes = new LinkedHashMap<>();
    modes.put("async", "SDK waitForAsync");
    modes.put("thread-per-task", "thread per task, blocking waitFor");
    Map<String, String> arrivals = new LinkedHashMap<>();
    arrivals.put("burst", "all at once");
    arrivals.put("spread", "spread over " + WaitAtScale.SPREAD.toSeconds() + " s");
    Map<String, Properties> figures = new LinkedHashMap<>();
    Map<String, long[]> delays = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, String> cells = new LinkedHashMap<>();
    for (String arrival : arrivals.keySet()) {
      for (String mode : modes.keySet()) {
        String name = mode + "-" + arrival;
        runJava("-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", WaitAtScale.class.getName(), mode,
            arrival, String.valueOf(tasks), "42", out.toString());
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(out.resolve("wait-" + name + ".properties"))) {
          properties.load(reader);
        }
        figures.put(name, properties);
        delays.put(name, Files.readAllLines(out.resolve("wait-" + name + "-delays.txt")).stream()
            .mapToLong(Long::parseLong).toArray());
        labels.put(name, modes.get(mode) + ", " + arrivals.get(arrival));
        cells.put(name, "| " + arrivals.get(arrival) + " | " + modes.get(mode) + " | ");
      }
    }
    long cap = WaitAtScale.OPTIONS.maxPollInterval().toMillis();
    Path png = resultsFolder().resolve("RESULTS-wait-delays.png");
    Map<String, long[]> delaysByLabel = new LinkedHashMap<>();
    delays.forEach((name, values) -> delaysByLabel.put(labels.get(name), values));
    DelayChart.write(png, delaysByLabel, cap);

    StringBuilder md = new StringBuilder("## 3. Waiting at scale\n\n")
        .append(tasks).append(" tasks that end at random 1–5 s after their first poll (seed 42), local fake server in the ")
        .append("same JVM (-Xmx512m, a fresh JVM per scenario). Both ways of waiting get the same arrivals: all at ")
        .append("once (the baseline's threads are created beforehand and released together), or one wait every ")
        .append(WaitAtScale.SPREAD.toMillis() * 1000 / tasks).append(" µs over ").append(WaitAtScale.SPREAD.toSeconds())
        .append(" s (the baseline starts a thread for each). Poll schedule: the SDK default (1 s, ×1.5, capped at ")
        .append("7 % of the time waited, between 2 s and ").append(cap / 1000).append(" s). *Minimum* status requests ")
        .append("= what that schedule needs if every poll left on time. Delay = the task ending on the server → its ")
        .append("wait returning. *Last start late* = how long after its planned moment the last wait began.\n\n")
        .append("| arrivals | scenario | threads added (peak) | peak heap used (MiB) | delay p50 (ms) | delay p99 (ms) ")
        .append("| delay max (ms) | last start late (ms) | status requests | ÷ minimum | get-task requests | wall (s) |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (String name : figures.keySet()) {
      Properties p = figures.get(name);
      long[] d = delays.get(name);
      md.append(cells.get(name)).append(p.getProperty("addedThreads"))
          .append(" | ").append(mib(p.getProperty("peakHeapBytes"))).append(" | ").append(Stats.percentile(d, 50))
          .append(" | ").append(Stats.percentile(d, 99)).append(" | ").append(Stats.percentile(d, 100)).append(" | ")
          .append(p.getProperty("latestArrivalMillis")).append(" | ").append(p.getProperty("statusRequests"))
          .append(" | ").append(String.format(Locale.ROOT, "%.3f", requestRatio(p))).append(" | ")
          .append(p.getProperty("getRequests")).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", Long.parseLong(p.getProperty("wallMillis")) / 1000.0))
          .append(" |\n");
    }
    for (String name : figures.keySet()) {
      if (!"0".equals(figures.get(name).getProperty("unfinished"))) {
        md.append("\n**").append(figures.get(name).getProperty("unfinished")).append(" waits did not finish in ")
            .append(labels.get(name)).append(".**\n");
      }
    }
    md.append("\nWhere the delay goes (p50 / p99, ms): *schedule* = from the end to the poll that would see it if every ")
        .append("poll left on time (the same for all); *seen* = from the end to the status request that saw it; ")
        .append("*read* = from that request to the get-task that read the ended task.\n\n")
        .append("| arrivals | scenario | schedule | seen | read |\n| --- | --- | --- | --- | --- |\n");
    for (String name : figures.keySet()) {
      Properties p = figures.get(name);
      md.append(cells.get(name)).append(pair(p, "schedule"))
          .append(" | ").append(pair(p, "seen")).append(" | ").append(pair(p, "statusToGet")).append(" |\n");
    }

    int threads = 0;
    boolean heapMet = true;
    long worstP99 = 0;
    double worstRatio = 0;
    for (String arrival : arrivals.keySet()) {
      Properties async = figures.get("async-" + arrival);
      threads = Math.max(threads, Integer.parseInt(async.getProperty("addedThreads")));
      heapMet &= (Long.parseLong(async.getProperty("peakHeapBytes")) >> 20) <= 512
          && "0".equals(async.getProperty("unfinished"));
      worstP99 = Math.max(worstP99, Stats.percentile(delays.get("async-" + arrival), 99));
      worstRatio = Math.max(worstRatio, requestRatio(async));
    }
    long heapMib = arrivals.keySet().stream()
        .mapToLong(arrival -> Long.parseLong(figures.get("async-" + arrival).getProperty("peakHeapBytes")) >> 20)
        .max().orElse(0);
    target(tasks + " waits: threads added ≤ 16", String.valueOf(threads), threads <= 16);
    target(tasks + " waits: peak heap ≤ 512 MB", heapMib + " MiB (-Xmx512m)", heapMet);
    target(tasks + " waits: p99 delay ≤ poll cap + 10 % (" + cap * 11 / 10 + " ms)", worstP99 + " ms",
        worstP99 <= cap * 11 / 10);
    target(tasks + " waits: status requests ≤ 1.2 × minimum", String.format(Locale.ROOT, "%.3f ×", worstRatio),
        worstRatio <= 1.2);
    for (String arrival : arrivals.keySet()) {
      long[] sdk = delays.get("async-" + arrival);
      long[] baseline = delays.get("thread-per-task-" + arrival);
      long[] measured = {Stats.percentile(sdk, 50), Stats.percentile(sdk, 99), Stats.percentile(baseline, 50),
          Stats.percentile(baseline, 99)};
      target(tasks + " waits " + arrivals.get(arrival) + ": SDK delay p50 and p99 ≤ thread per task's",
          measured[0] + " / " + measured[1] + " ms vs " + measured[2] + " / " + measured[3] + " ms",
          measured[0] <= measured[2] && measured[1] <= measured[3]);
    }
    return md.append("\nThreads the SDK's run added, still alive at its end (all at once): ")
        .append(Files.readString(out.resolve("wait-async-burst.threads")).trim())
        .append(". Released together, the baseline's threads still begin one after another as the two cores get ")
        .append("to them (see *last start late*); since a task's clock starts at its first poll, that lateness ")
        .append("is not counted in its delay.")
        .append("\n\n![completion delays](RESULTS-wait-delays.png)\n\n").toString();
  }

  private String callbackWaits() throws Exception {
    List<Duration> lengths = quick ? List.of(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(12))
        : List.of(Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(300));
    int repeats = quick ? 5 : 100;
    long start = System.nanoTime();
    Map<Duration, Map<CallbackWaits.Mode, List<CallbackWaits.Wait>>> waits = CallbackWaits.run(lengths, repeats, 42);
    double wallMinutes = (System.nanoTime() - start) / 60e9;
    StringBuilder md = new StringBuilder("## 4. Waiting for one task: polling, callbacks, a 5 s loop\n\n")
        .append("A local fake BrowserAct (`CallbackTaskServer`) runs each task in real time (no scaling): `created`, ")
        .append("`running` after 1 s, `finished` after its length plus a seeded 0–5 s (so that it ends at any phase of ")
        .append("any schedule); like BrowserAct it POSTs the task (the ~20 KB get-task body) to the ")
        .append("`status_change_callback_url` of the run request at each change and to its `callback_url` at the end. ")
        .append(repeats).append(" tasks per scenario; all ").append(repeats * lengths.size() * CallbackWaits.Mode.values().length)
        .append(" tasks of all scenarios start within the first 2 s (seeded offsets) and run at once, one SDK client ")
        .append("per way of waiting, the receiver on loopback; ").append(format("%.1f", wallMinutes))
        .append(" min in all. Requests and bytes (response bodies) are counted by the server per task, after the ")
        .append("start; delay = the task finishing on the server → the wait returning the task.\n\n")
        .append("| task | way of waiting | requests per wait (mean, max) | KB received per wait | delay p50 (ms) ")
        .append("| delay p99 (ms) |\n| --- | --- | --- | --- | --- | --- |\n");
    for (Duration length : lengths) {
      for (Map.Entry<CallbackWaits.Mode, List<CallbackWaits.Wait>> entry : waits.get(length).entrySet()) {
        List<CallbackWaits.Wait> w = entry.getValue();
        md.append("| ").append(length.toSeconds()).append(" s | ").append(entry.getKey().label).append(" | ")
            .append(format("%.1f", CallbackWaits.meanRequests(w))).append(", ").append(CallbackWaits.maxRequests(w))
            .append(" | ").append(format("%.1f", CallbackWaits.meanBytes(w) / 1024)).append(" | ")
            .append(CallbackWaits.delayPercentile(w, 50)).append(" | ").append(CallbackWaits.delayPercentile(w, 99))
            .append(" |\n");
      }
    }
    callbackTargets(lengths, waits);
    return md.append("\nWith callbacks the wait reads get-task once, when the callback says the task ended (the ")
        .append("`running` status callbacks change nothing); every other request is the safety poll, one cheap ")
        .append("get-task-status in case a callback is lost: first after `safetyPollInterval`, then after as long as ")
        .append("the wait has lasted (doubling, at most 10 min apart), so a lost callback is caught within about the ")
        .append("task's age. The SDK's default starts at 3 min; the CLI's at 30 s, for its display.\n\n").toString();
  }

  /** Run alone, after the rest: its answer times are what is measured, and other sections would disturb them. */
  private String hostileClients() throws Exception {
    List<HostileClients.Result> results = HostileClients.run(List.of(0, 2, 200));
    StringBuilder md = new StringBuilder("## 4b. The webhook receiver under slow clients\n\n")
        .append("While 0, 2 or 200 connections trickle header bytes at the receiver (one byte each every 200 ms, on a ")
        .append("path of their own: no secret needed; one the receiver closes is opened again at once), one ")
        .append(HostileClients.TASK.toSeconds()).append(" s task of `CallbackTaskServer` is waited for with callbacks ")
        .append("(the CLI's safety poll, from 30 s). Times from the task's end; threads: the receiver's, when the ")
        .append("wait returned.\n\n")
        .append("| slow connections | callback answered (ms) | wait ended (ms) | receiver threads | reconnects |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (HostileClients.Result r : results) {
      md.append("| ").append(r.slowConnections()).append(" | ")
          .append(r.answerMillis() < 0 ? "never" : String.valueOf(r.answerMillis())).append(" | ")
          .append(r.waitEndMillis()).append(" | ").append(r.receiverThreads()).append(" | ").append(r.reconnects())
          .append(" |\n");
    }
    HostileClients.Result worst = results.get(results.size() - 1);
    target("Receiver, " + worst.slowConnections() + " slow connections: callback answered ≤ 1 s after the task ended",
        worst.answerMillis() < 0 ? "never" : worst.answerMillis() + " ms",
        worst.answerMillis() >= 0 && worst.answerMillis() <= 1_000);
    target("… and the wait ended ≤ 2 s after the task", worst.waitEndMillis() + " ms", worst.waitEndMillis() <= 2_000);
    return md.append("\nBefore the receiver had a server of its own (JDK `HttpServer`, two workers): 2 and 200 slow ")
        .append("connections left the callback unanswered and the wait ended only through its safety poll, 27 s after ")
        .append("the task.\n\n").toString();
  }

  private void callbackTargets(List<Duration> lengths,
      Map<Duration, Map<CallbackWaits.Mode, List<CallbackWaits.Wait>>> waits) {
    String names = lengths.stream().map(l -> l.toSeconds() + "").collect(java.util.stream.Collectors.joining(" / "));
    List<Long> p99 = new ArrayList<>();
    List<Integer> requests = new ArrayList<>();
    List<Integer> requestsCli = new ArrayList<>();
    for (Duration length : lengths) {
      p99.add(CallbackWaits.delayPercentile(waits.get(length).get(CallbackWaits.Mode.CALLBACKS), 99));
      requests.add(CallbackWaits.maxRequests(waits.get(length).get(CallbackWaits.Mode.CALLBACKS)));
      requestsCli.add(CallbackWaits.maxRequests(
          waits.get(length).get(CallbackWaits.Mode.CALLBACKS_CLI)));
    }
    target("With callbacks: delay p99 ≤ 0.5 s (" + names + " s tasks)", join(p99) + " ms",
        p99.stream().allMatch(d -> d <= 500));
    target("With callbacks: ≤ 2 requests per wait beyond the start (" + names + " s, most of any wait), "
        + "the default safety poll", join(requests), requests.stream().allMatch(r -> r <= 2));
    target("… the same with the CLI's safety poll (from 30 s)", join(requestsCli),
        requestsCli.stream().allMatch(r -> r <= 2));
    Duration middle = lengths.get(1);
    Map<CallbackWaits.Mode, List<CallbackWaits.Wait>> atMiddle = waits.get(middle);
    double bytesRatio = CallbackWaits.meanBytes(atMiddle.get(CallbackWaits.Mode.POLLING))
        / CallbackWaits.meanBytes(atMiddle.get(CallbackWaits.Mode.LOOP));
    long p50 = CallbackWaits.delayPercentile(atMiddle.get(CallbackWaits.Mode.POLLING), 50);
    target("Polling only, " + middle.toSeconds() + " s task: bytes ≤ 0.2 × the 5 s loop's", format("%.3f ×",
        bytesRatio), bytesRatio <= 0.2);
    target("Polling only, " + middle.toSeconds() + " s task: delay p50 ≤ 3 s", p50 + " ms", p50 <= 3_000);
  }

  private static String join(List<?> values) {
    return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" / "));
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private static double requestRatio(Properties p) {
    return Double.parseDouble(p.getProperty("statusRequests")) / Double.parseDouble(p.getProperty("minimumStatusRequests"));
  }

  private static String pair(Properties p, String name) {
    return p.getProperty(name + ".p50") + " / " + p.getProperty(name + ".p99");
  }

  private static String mib(String bytes) {
    return String.valueOf(Long.parseLong(bytes) >> 20);
  }

  private String startup() throws Exception {
    StringBuilder md = new StringBuilder("## 5. CLI start-up, whole processes\n\n");
    if (!Startup.available()) {
      return md.append("Skipped: `/usr/bin/time` (GNU time, Debian package `time`) is not installed.\n\n").toString();
    }
    int runs = quick ? 3 : 10;
    Startup startup = new Startup(root);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, Startup.Runs> results = new LinkedHashMap<>();
    results.put("baseline: `java -version` (the bare JVM)", startup.measure(runs, Map.of(), List.of(java, "-version")));
    Map<String, String> noCds = Map.of("BROWSERACT_CDS", "off");
    // With another option beside it, --version is answered by picocli after it has built its model of every
    // command, as every --version was before the fast path: the time the target compares with.
    String throughPicocli = "`bin/browseract --json --version` (picocli's model), without the CDS archive";
    results.put(throughPicocli, startup.cli(runs, noCds, "--json", "--version"));
    results.put("`bin/browseract --version` without the CDS archive", startup.cli(runs, noCds, "--version"));
    results.put("`bin/browseract --version`", startup.cli(runs, Map.of(), "--version"));
    int port = freePort();
    Process prism = new ProcessBuilder(root.resolve("contract-tests/node_modules/.bin/prism").toString(), "mock",
        "-h", "127.0.0.1", "-p", String.valueOf(port), root.resolve("openapi/browseract.yaml").toString())
        .redirectErrorStream(true).redirectOutput(out.resolve("prism.log").toFile()).start();
    try {
      awaitPort(port, prism);
      Map<String, String> api = Map.of("BROWSERACT_API_KEY", "bench-key", "BROWSERACT_BASE_URL",
          "http://127.0.0.1:" + port);
      Map<String, String> apiNoCds = new java.util.HashMap<>(api);
      apiNoCds.putAll(noCds);
      results.put("`bin/browseract regions` against Prism, without the CDS archive", startup.cli(runs, apiNoCds,
          "regions"));
      results.put("`bin/browseract regions` against Prism", startup.cli(runs, api, "regions"));
    } finally {
      prism.destroy();
      prism.waitFor(10, TimeUnit.SECONDS);
    }
    Figure before = Stats.meanAndDeviation(results.get(throughPicocli).seconds());
    Figure version = Stats.meanAndDeviation(results.get("`bin/browseract --version`").seconds());
    Figure ratio = version.over(before);
    target("CLI `--version` ≤ 0.5 × the same answer through picocli's model without the CDS archive",
        ratio.format("%.2f") + " ×", ratio.value() <= 0.5);
    md.append(runs).append(" runs each, measured by GNU time (wall clock, maximum resident set size). `make bench`")
        .append(" writes the class data sharing archive first (`make cds`); `BROWSERACT_CDS=off` runs without it.")
        .append(" A lone `--version` is answered before picocli builds its model; beside another option it still goes")
        .append(" through picocli, as every `--version` did before. `bin/browseract` runs the JVM with")
        .append(" `-XX:TieredStopAtLevel=1 -XX:+UseSerialGC`.\n\n")
        .append("| command | wall (s) | peak RSS (MiB) | wall vs bare JVM |\n| --- | --- | --- | --- |\n");
    Figure baseline = null;
    for (Map.Entry<String, Startup.Runs> result : results.entrySet()) {
      Figure wall = Stats.meanAndDeviation(result.getValue().seconds());
      Figure rss = Stats.meanAndDeviation(result.getValue().peakKib());
      baseline = baseline == null ? wall : baseline;
      md.append("| ").append(result.getKey()).append(" | ").append(wall.format("%.3f")).append(" | ")
          .append(new Figure(rss.value() / 1024, rss.error() / 1024).format("%.0f")).append(" | ")
          .append(wall.over(baseline).format("%.2f")).append(" |\n");
    }
    return md.append('\n').toString();
  }

  private String batches() throws Exception {
    int inputs = quick ? 40 : 300;
    int sequential = quick ? 3 : 20;
    String[] jvm = {"-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", BatchAtScale.class.getName()};
    // The one-after-another baseline sleeps nearly all the time (one request per 5 s), so it runs beside the other
    // two instead of adding its ~5 minutes to make bench; those two run one after the other so that neither
    // disturbs the timing of the other.
    Process oneAfterAnother = startJava(with(jvm, "sequential", String.valueOf(inputs), "42", out.toString(),
        String.valueOf(sequential)));
    try {
      runJava(with(jvm, "sdk", String.valueOf(inputs), "42", out.toString()));
      runJava(with(jvm, "sdk-callbacks", String.valueOf(inputs), "42", out.toString()));
      runJava(with(jvm, "threads", String.valueOf(inputs), "42", out.toString()));
      await(oneAfterAnother, "batch sequential");
    } finally {
      oneAfterAnother.destroyForcibly();
    }
    Properties sdk = load(out.resolve("batch-sdk.properties"));
    Properties callbacks = load(out.resolve("batch-sdk-callbacks.properties"));
    BatchTable table = new BatchTable(sdk, callbacks, load(out.resolve("batch-sequential.properties")),
        load(out.resolve("batch-threads.properties")), BatchAtScale.PLAN_LIMIT);
    batchTargets("Batch of " + inputs + " (SDK), polling only", sdk, 0.95, 1.5);
    batchTargets("Batch of " + inputs + " (SDK) with callbacks", callbacks, 0.99, 1.05);
    return table.markdown() + batchMemory();
  }

  private void batchTargets(String mode, Properties figures, double slotUseGoal, double requestsGoal) {
    double slotUse = BatchTable.slotUse(figures);
    double requests = BatchTable.requestsPerTask(figures);
    target(mode + ": slot utilisation while inputs wait ≥ " + String.format(Locale.ROOT, "%.0f", slotUseGoal * 100)
        + " %", String.format(Locale.ROOT, "%.1f %%", slotUse * 100), slotUse >= slotUseGoal);
    target(mode + ": API requests per finished task ≤ " + requestsGoal, String.format(Locale.ROOT, "%.2f", requests),
        requests <= requestsGoal);
    target(mode + ": exactly one task per input on the fake", figures.getProperty("tasksCreated") + " tasks for "
        + figures.getProperty("ran") + " inputs", BatchTable.oneTaskPerInput(figures));
  }

  /** The same heap for 1,000 and 100,000 inputs: each runs, then resumes, in a JVM capped at 16 MiB. */
  private String batchMemory() throws Exception {
    int[] counts = {1_000, 100_000};
    String seconds = quick ? "5" : "15";
    StringBuilder md = new StringBuilder("\n### Memory as the inputs grow\n\nOne JVM per size, capped at `-Xmx16m` "
        + "(serial collector): the batch runs " + seconds + " s against the fake API (tasks end at once, 50 at a "
        + "time, every record synced), then a rerun resumes it for 2 s. Live heap = used right after a full "
        + "collection, sampled every 200 ms, largest seen (everything in the JVM, the fake's tasks included).\n\n"
        + "| inputs | done in the run | live heap, running (MiB) | live heap, resuming (MiB) |\n| --- | --- | --- | --- |\n");
    List<Properties> figures = new ArrayList<>();
    for (int count : counts) {
      runJava("-Xmx16m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
          BatchMemory.class.getName(), String.valueOf(count), seconds, out.toString());
      Properties p = load(out.resolve("batch-memory-" + count + ".properties"));
      figures.add(p);
      md.append("| ").append(count).append(" | ").append(p.getProperty("done")).append(" | ")
          .append(format("%.1f", Long.parseLong(p.getProperty("liveRunning")) / 1048576.0)).append(" | ")
          .append(format("%.1f", Long.parseLong(p.getProperty("liveResuming")) / 1048576.0)).append(" |\n");
    }
    target("Batch memory: 100,000 inputs run (tasks ending) and resume in the same 16 MiB heap as 1,000",
        "both ran; live " + figures.stream().map(p -> format("%.1f", Long.parseLong(p.getProperty("liveRunning"))
            / 1048576.0)).collect(java.util.stream.Collectors.joining(" / ")) + " MiB running",
        figures.stream().allMatch(p -> Integer.parseInt(p.getProperty("done")) > 0));
    return md.toString();
  }

  private static String[] with(String[] first, String... more) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    return properties;
  }

  private void runJava(String... args) throws IOException, InterruptedException {
    await(startJava(args), String.join(" ", args));
  }

  private static Process startJava(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).inheritIO().start();
  }

  private static void await(Process process, String what) throws IOException, InterruptedException {
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException("failed: " + what);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void awaitPort(int port, Process prism) throws Exception {
    for (int i = 0; i < 300; i++) {
      if (!prism.isAlive()) {
        throw new IOException("Prism exited; see benchmarks/target/bench/prism.log");
      }
      try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IOException("Prism did not listen on port " + port + " within 30 s");
  }
}
