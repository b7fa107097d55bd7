package com.browseract.cli;

import com.browseract.client.BrowserAct;
import com.browseract.client.PollSchedule;
import com.browseract.client.WaitOptions;
import com.browseract.client.model.Task;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** {@code --timeout}, {@code --poll-interval}, {@code --max-poll-interval}, and the wait itself. */
final class WaitOptionsMixin {
  /** With callbacks, the terminal still polls now and then for its display: from 30 s, doubling. */
  private static final java.time.Duration DISPLAY_SAFETY_POLL = java.time.Duration.ofSeconds(30);

  @Option(names = "--timeout", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "Give up waiting after this long (default 30m); the task keeps running.")
  Duration timeout = WaitOptions.DEFAULT_TIMEOUT;

  @Option(names = "--poll-interval", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "First wait between polls (default 1s); it grows by half each poll.")
  Duration pollInterval = PollSchedule.DEFAULT_INITIAL_INTERVAL;

  @Option(names = "--max-poll-interval", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "Longest wait between polls (default 10s).")
  Duration maxPollInterval = PollSchedule.DEFAULT_MAX_INTERVAL;

  @Option(names = "--steps-every", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "Read the task's steps for the display at most this often (default 10s; the status is polled"
          + " on its own schedule).")
  Duration stepsEvery = Duration.ofSeconds(10);

  /**
   * Waits for the task, showing progress on stderr. Ctrl-C stops waiting and says how to resume; the task keeps
   * running.
   */
  Task await(BrowserAct client, String taskId, Printer printer) {
    return await(client, taskId, printer, null);
  }

  /**
   * Waits for the task; with {@code callbackUrl} (a receiver of this client's callbacks) the wait returns as soon as
   * one says the task ended, and polls only as a safety net.
   */
  Task await(BrowserAct client, String taskId, Printer printer, String callbackUrl) {
    return await(taskId, printer, callbackUrl, WaitHint.V2, options -> client.tasks().waitFor(taskId, options));
  }

  /**
   * Runs {@code wait} (the SDK's wait of either API) with these options and a progress display on stderr. Ctrl-C
   * stops waiting and prints how to keep waiting ({@code hint}); the task keeps running.
   */
  <T> T await(String taskId, Printer printer, String callbackUrl, WaitHint hint, Function<WaitOptions, T> wait) {
    boolean terminal = System.console() != null;
    Progress progress = new Progress(printer.err, terminal, terminal ? TerminalWidth.detect() : TerminalWidth.FALLBACK,
        stepsEvery, hint.noun());
    PollSchedule schedule = PollSchedule.builder().initialInterval(pollInterval)
        .maxInterval(maxPollInterval.compareTo(pollInterval) < 0 ? pollInterval : maxPollInterval)
        .safetyInterval(DISPLAY_SAFETY_POLL).build();
    WaitOptions options = WaitOptions.builder().timeout(timeout).pollSchedule(schedule).listener(progress)
        .callbackUrl(callbackUrl).build();
    Thread onInterrupt = new Thread(() -> {
      progress.finish();
      printer.err.println("Stopped waiting; " + hint.noun() + " " + taskId + " keeps running. Keep waiting with: "
          + hint.keepWaiting(taskId));
      printer.err.flush();
    });
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      return wait.apply(options);
    } finally {
      progress.finish();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C arrived: the hook is running and prints the resume hint.
      }
    }
  }
}
