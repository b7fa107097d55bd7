package com.browseract.bench;

import java.util.Locale;
import java.util.Properties;

/**
 * The batch scenario's section of RESULTS.md, from the figures of its three runs ({@link BatchAtScale}): the SDK
 * batch, the one-after-another pattern (run on the first inputs only, then extrapolated), and 20 threads with
 * start + {@code waitFor}.
 */
final class BatchTable {
  private final Properties sdk;
  private final Properties callbacks;
  private final Properties sequential;
  private final Properties threads;
  private final int slots;

  BatchTable(Properties sdk, Properties sequential, Properties threads, int slots) {
    this(sdk, null, sequential, threads, slots);
  }

  /** @param callbacks the SDK batch with callbacks, run on the same inputs; null when it did not run */
  BatchTable(Properties sdk, Properties callbacks, Properties sequential, Properties threads, int slots) {
    this.sdk = sdk;
    this.callbacks = callbacks;
    this.sequential = sequential;
    this.threads = threads;
    this.slots = slots;
  }

  static double number(Properties figures, String name) {
    return Double.parseDouble(figures.getProperty(name));
  }

  /** @return busy task-seconds ÷ (slots × the time inputs were waiting to be started), 0 to 1 */
  static double slotUse(Properties figures) {
    return number(figures, "utilisationWhileQueued");
  }

  static double requestsPerTask(Properties figures) {
    return number(figures, "requests") / number(figures, "finished");
  }

  /** @return true when the fake created exactly one task for every input the run had */
  static boolean oneTaskPerInput(Properties figures) {
    return number(figures, "tasksCreated") == number(figures, "ran") && number(figures, "inputsWithSeveralTasks") == 0
        && number(figures, "inputsWithoutTask") == 0;
  }

  /** @return the wall time, in seconds, the one-after-another pattern would take over every input */
  double extrapolatedSequentialSeconds() {
    double ran = number(sequential, "ran");
    double pause = BatchAtScale.SEQUENTIAL_PAUSE.toMillis() / 1000.0;
    double lagPerInput = (number(sequential, "wallMillis") / 1000.0 - number(sequential, "taskSecondsRan")
        - (ran - 1) * pause) / ran;
    double all = number(sequential, "inputs");
    return number(sequential, "taskSecondsAll") + all * lagPerInput + (all - 1) * pause;
  }

  String markdown() {
    int inputs = (int) number(sdk, "inputs");
    int ran = (int) number(sequential, "ran");
    double ideal = number(sdk, "taskSecondsAll") / slots;
    StringBuilder md = new StringBuilder("## 6. Batch runs\n\n")
        .append("A fake BrowserAct in the same JVM (the client's `FakeBatchApi` on MockWebServer, real clock) allowing ")
        .append(slots).append(" tasks at once; ").append(inputs).append(" inputs whose tasks last 4–12 s (seed 42, the ")
        .append("same for every mode), ").append(fmt("%.0f", number(sdk, "taskSecondsAll"))).append(" task-seconds in ")
        .append("all: *ideal* wall time = that ÷ ").append(slots).append(" = ").append(fmt("%.1f", ideal)).append(" s. ")
        .append("A fresh JVM per mode (-Xmx512m). Slot use, refills, requests and tasks are counted on the fake: *slot ")
        .append("use while queued* = busy task-seconds ÷ (").append(slots).append(" × the time from the start to the last ")
        .append("task's creation), *over wall* = busy task-seconds ÷ (").append(slots).append(" × wall time); *refill* = ")
        .append("a task's end → the start that took its slot (mean / p90); *last end → done* = the last task's end → ")
        .append("the mode returning. Threads added exclude the fake server's.\n\n")
        .append("| mode | inputs | wall (s) | ÷ ideal | slot use while queued | slot use over wall | refill (ms) ")
        .append("| last end → done (s) | requests per finished task | requests: start / list / status / get ")
        .append("| peak heap (MiB) | threads added | one task per input |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    row(md, "SDK batch: `batches().run`, concurrency " + slots + ", polling only", sdk);
    if (callbacks != null) {
      row(md, "SDK batch with callbacks: the same, `callbackUrl` of a `WebhookReceiver` on loopback", callbacks);
    }
    row(md, "(a) one after another: get-task every 5 s, 5 s pause (first " + ran + " inputs)", sequential);
    double extrapolated = extrapolatedSequentialSeconds();
    md.append("| (a) **extrapolated** to ").append(inputs).append(" inputs | ").append(inputs).append(" | ")
        .append(fmt("%.0f", extrapolated)).append(" (").append(fmt("%.0f", extrapolated / 60)).append(" min) | ")
        .append(fmt("%.1f", extrapolated / ideal)).append(" | – | – | – | – | – | – | – | – | – |\n");
    row(md, "(b) " + slots + " threads: start + blocking `waitFor`", threads);
    return md.append('\n').append(notes(ideal, ran)).append(callbacks == null ? "" : callbackNotes()).toString();
  }

  private void row(StringBuilder md, String label, Properties p) {
    double wall = number(p, "wallMillis") / 1000.0;
    double ideal = number(p, "taskSecondsRan") / slots;
    md.append("| ").append(label).append(" | ").append(p.getProperty("ran")).append(" | ").append(fmt("%.1f", wall))
        .append(" | ").append(fmt("%.3f", wall / ideal)).append(" | ").append(percent(slotUse(p))).append(" | ")
        .append(percent(number(p, "utilisationOverWall"))).append(" | ").append(fmt("%.0f", number(p, "meanRefillMillis")))
        .append(" / ").append(p.getProperty("p90RefillMillis")).append(" | ")
        .append(fmt("%.1f", wall - number(p, "lastEndMillis") / 1000.0)).append(" | ")
        .append(fmt("%.2f", requestsPerTask(p))).append(" | ").append(p.getProperty("requests.run-task")).append(" / ")
        .append(p.getProperty("requests.list-tasks")).append(" / ").append(p.getProperty("requests.get-task-status"))
        .append(" / ").append(p.getProperty("requests.get-task")).append(" | ")
        .append(Long.parseLong(p.getProperty("peakHeapBytes")) >> 20).append(" | ").append(p.getProperty("addedThreads"))
        .append(" | ").append(oneTaskPerInput(p) ? "yes" : "**no**: " + p.getProperty("tasksCreated") + " tasks, "
            + p.getProperty("inputsWithSeveralTasks") + " inputs twice, " + p.getProperty("inputsWithoutTask")
            + " without")
        .append(" |\n");
  }

  private String notes(double ideal, int ran) {
    double tasks = number(sdk, "finished");
    double perfect = number(sdk, "perfectSecondsAll");
    double lists = number(sdk, "requests.list-tasks");
    double listsQueued = number(sdk, "listsWhileQueued");
    double queuedSeconds = number(sdk, "lastStartMillis") / 1000.0;
    double meanTask = number(sdk, "taskSecondsAll") / number(sdk, "inputs");
    double refill = number(sdk, "meanRefillMillis") / 1000.0;
    return new StringBuilder()
        .append("Each row's ÷ ideal is against the ideal of the inputs it ran. No mode can reach the ideal: a perfect ")
        .append("run (each input started, in order, the instant a slot frees) takes ").append(fmt("%.1f", perfect))
        .append(" s = ").append(fmt("%.3f", perfect / ideal)).append(" × ideal, its last tasks running alone. ")
        .append("(a) ran only its first ").append(ran).append(" inputs, in a JVM of its own *at the same time* as the ")
        .append("other modes (it sleeps nearly all the time); the extrapolation adds to the task time of all ")
        .append(fmt("%.0f", number(sdk, "inputs"))).append(" inputs the delay per input measured on those ").append(ran)
        .append(" (poll lag and start) and a 5 s pause between inputs. The SDK batch's own summary: ")
        .append(percent(number(sdk, "sdkUtilisation"))).append(" slot utilisation over its wall time, ")
        .append(sdk.getProperty("sdkRequests")).append(" requests (the fake counted ").append(sdk.getProperty("requests"))
        .append(", with `check`'s get-workflow); it wrote ").append(sdk.getProperty("resultLines"))
        .append(" result lines.\n\n")
        .append("Where the SDK batch's figures come from: while inputs were queued (").append(fmt("%.1f", queuedSeconds))
        .append(" s) it listed ").append(fmt("%.0f", listsQueued)).append(" times, a look every ")
        .append(fmt("%.2f", queuedSeconds / listsQueued)).append(" s; ").append(fmt("%.0f", lists - listsQueued))
        .append(" more looks followed the last start. A freed slot waits for the next look, then for its start: ")
        .append(fmt("%.0f", refill * 1000)).append(" ms on average (all ").append(slots)
        .append(" slots were first busy ").append(fmt("%.2f", number(sdk, "fullMillis") / 1000.0))
        .append(" s after the start), so with tasks of ").append(fmt("%.2f", meanTask))
        .append(" s on average slot use can be at most d ÷ (d + refill) = ").append(percent(meanTask / (meanTask + refill)))
        .append(". Requests per task = 1 start + ").append(fmt("%.3f", listsQueued / tasks)).append(" looks while queued + ")
        .append(fmt("%.3f", (lists - listsQueued) / tasks)).append(" after the last start + ")
        .append(fmt("%.3f", (number(sdk, "requests") - lists - number(sdk, "requests.run-task")) / tasks))
        .append(" other. Polling the list every T seconds gives slot use ≈ d ÷ (d + T/2) and list requests per task ≈ ")
        .append("(d + T/2) ÷ (").append(slots).append(" · T): with d = 8 s, ≥ 95 % needs T ≤ 0.84 s and ≤ 0.5 looks per ")
        .append("task needs T ≥ 0.84 s, so the two goals meet only at that one interval with nothing else spent; ")
        .append("`WatchSchedule` aims at 0.5 looks per end and lands next to that point.\n\n")
        .toString();
  }

  /** Where the figures of the batch with callbacks come from. */
  private String callbackNotes() {
    double tasks = number(callbacks, "finished");
    double lists = number(callbacks, "requests.list-tasks");
    double other = number(callbacks, "requests") - lists - number(callbacks, "requests.run-task");
    double meanTask = number(callbacks, "taskSecondsAll") / number(callbacks, "inputs");
    double refill = number(callbacks, "meanRefillMillis") / 1000.0;
    return new StringBuilder()
        .append("With callbacks the fake POSTs each task, when it ends, to its `status_change_callback_url` and its ")
        .append("`callback_url` (the same receiver URL: ").append(callbacks.getProperty("callbacksPosted"))
        .append(" callbacks answered). A callback for a running task of the batch frees its slot at once and the next ")
        .append("input starts in it (the API refuses starts beyond the plan's limit, so the start is the confirmation): ")
        .append(fmt("%.0f", refill * 1000)).append(" ms from an end to the start in its slot on average, so slot use ")
        .append("can be at most d ÷ (d + refill) = ").append(percent(meanTask / (meanTask + refill)))
        .append(". The end itself (journal, result) is still written from the API's answer: confirming looks come at ")
        .append("most every 10 s and confirm every end they see, plus a final look and safety looks every 30 s. ")
        .append("Requests per task = 1 start + ").append(fmt("%.3f", lists / tasks)).append(" looks + ")
        .append(fmt("%.3f", other / tasks)).append(" other, although ends come ")
        .append(fmt("%.2f", meanTask / slots)).append(" s apart on average.\n\n")
        .toString();
  }

  private static String percent(double share) {
    return fmt("%.1f", share * 100) + " %";
  }

  private static String fmt(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
