package com.browseract.cli;

import com.browseract.client.batch.BatchInput;
import com.browseract.client.batch.BatchListener;
import com.browseract.client.batch.BatchRun;
import com.browseract.client.batch.BatchSummary;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A batch's progress on stderr. On a terminal: one line redrawn every second, a bar and the counts, cut to the
 * terminal's width. Otherwise: a plain line every 10 seconds. Messages (a lowered concurrency, API trouble, an
 * unresolved input) are printed on lines of their own above it.
 */
final class BatchProgress {
  private static final int BAR = 20;

  private final PrintWriter err;
  private final boolean terminal;
  private final int width;
  private final ScheduledExecutorService ticker;
  private volatile BatchRun run;
  private boolean lineOpen;
  private long lastTroubleNanos;

  BatchProgress(PrintWriter err, boolean terminal, int width) {
    this.err = err;
    this.terminal = terminal;
    this.width = Math.max(40, width);
    this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "browseract-batch-progress");
      thread.setDaemon(true);
      return thread;
    });
  }

  static BatchProgress forStderr(PrintWriter err) {
    boolean terminal = System.console() != null;
    return new BatchProgress(err, terminal, terminal ? TerminalWidth.detect() : TerminalWidth.FALLBACK);
  }

  void follow(BatchRun run) {
    this.run = run;
    long every = terminal ? 1 : 10;
    ticker.scheduleAtFixedRate(this::draw, every, every, TimeUnit.SECONDS);
  }

  BatchListener listener() {
    return new BatchListener() {
      private int level = Integer.MAX_VALUE;

      @Override
      public void onConcurrencyChanged(int concurrency) {
        if (concurrency < level) {
          say("the plan refuses more tasks at once (code 10118): running at most " + concurrency + " for now");
        }
        level = concurrency;
      }

      @Override
      public void onUnresolved(BatchInput input, String reason) {
        say("input " + input.key() + " (line " + input.line() + ") unresolved: " + reason);
      }

      @Override
      public void onTransientFailure(Throwable error) {
        long now = System.nanoTime();
        if (now - lastTroubleNanos > TimeUnit.SECONDS.toNanos(10)) {
          lastTroubleNanos = now;
          say("API trouble, carrying on: " + error.getMessage());
        }
      }
    };
  }

  synchronized void say(String message) {
    clearLine();
    err.println(message);
    err.flush();
    draw();
  }

  private synchronized void draw() {
    BatchRun current = run;
    if (current == null) {
      return;
    }
    String line = line(current.progress(), terminal ? width - 1 : Integer.MAX_VALUE);
    if (terminal) {
      err.print("\r\033[2K" + line);
      lineOpen = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  private void clearLine() {
    if (lineOpen) {
      err.print("\r\033[2K");
      lineOpen = false;
    }
  }

  /** {@code [####......] 120/300 done · 20 running · 3 failed · 157 queued · 14.2/min · ETA 9m · 360 credits}. */
  static String line(BatchSummary progress, int max) {
    int total = Math.max(1, progress.total());
    int filled = (int) Math.round(BAR * (double) progress.done() / total);
    StringBuilder bar = new StringBuilder("[");
    for (int i = 0; i < BAR; i++) {
      bar.append(i < filled ? '#' : '.');
    }
    bar.append("] ");
    double minutes = progress.wallTime().toMillis() / 60000.0;
    double perMinute = minutes <= 0 ? 0 : progress.doneThisRun() / minutes;
    String text = bar.toString() + progress.done() + "/" + progress.total() + " done · " + progress.running() + " running · "
        + progress.failed() + " failed · " + progress.queued() + " queued · "
        + String.format("%.1f/min", perMinute) + " · ETA " + eta(progress, perMinute) + " · " + progress.credits()
        + " credits";
    return text.length() > max ? text.substring(0, Math.max(0, max - 1)) + "…" : text;
  }

  private static String eta(BatchSummary progress, double perMinute) {
    int left = progress.queued() + progress.running();
    if (perMinute <= 0) {
      return "?";
    }
    return duration(Duration.ofSeconds((long) (left / perMinute * 60)));
  }

  static String summaryLine(BatchSummary summary) {
    return summary.done() + "/" + summary.total() + " done: " + summary.finished() + " finished, " + summary.failed()
        + " failed, " + summary.canceled() + " canceled; " + summary.running() + " running, " + summary.queued()
        + " queued, " + summary.unresolved() + " unresolved; " + summary.credits() + " credits; "
        + duration(summary.wallTime()) + "; slots " + Math.round(summary.slotUtilisation() * 100) + " % busy";
  }

  /** {@code 42s}, {@code 9m05s}, {@code 2h10m}. */
  static String duration(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }

  synchronized void finish() {
    ticker.shutdownNow();
    clearLine();
    err.flush();
  }
}
