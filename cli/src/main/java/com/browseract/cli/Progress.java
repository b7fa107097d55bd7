package com.browseract.cli;

import com.browseract.client.TaskListener;
import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a wait's progress on stderr: each status change, each new step goal, and API trouble. On a terminal it
 * keeps one line, cut to the terminal's width (a wrapped line could not be redrawn), and ticks the elapsed time
 * every second; otherwise it prints plain lines without escape codes.
 */
final class Progress implements TaskListener {
  private final PrintWriter err;
  private final boolean terminal;
  private final int width;
  private final Duration stepsEvery;
  private final String noun;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private String message = "";
  private boolean lineOpen;

  /** @param noun what is waited for, as the lines name it: {@code task} (v2) or {@code run} (v3) */
  Progress(PrintWriter err, boolean terminal, int width, Duration stepsEvery, String noun) {
    this.noun = noun;
    this.err = err;
    this.terminal = terminal;
    this.width = Math.max(20, width);
    this.stepsEvery = stepsEvery;
    this.ticker = terminal ? Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "browseract-progress");
      thread.setDaemon(true);
      return thread;
    }) : null;
    if (ticker != null) {
      ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
    }
  }

  @Override
  public synchronized void onStatusChange(String taskId, TaskStatus previous, TaskStatus current) {
    show(noun + " " + taskId + ": " + current);
  }

  @Override
  public synchronized void onStep(String taskId, TaskStep step) {
    show("step " + step.getStep() + ": " + step.getStepGoal());
  }

  /** Says what failed as it is: "unreachable" only when no answer came; an answer that came is named as such. */
  @Override
  public synchronized void onPollFailed(String taskId, BrowserActException error, Instant failingSince) {
    long seconds = Duration.between(failingSince, Instant.now()).toSeconds();
    String state = error instanceof ConnectionException ? "API unreachable"
        : error.kind() == ErrorKind.BROKEN_CONTRACT ? "API answers unreadable" : "API failing";
    show(state + " for " + seconds + " s, still waiting… (" + reason(error) + ")");
  }

  /** Heard only once the call that was failing is answered again. */
  @Override
  public synchronized void onPollRecovered(String taskId, Duration downtime) {
    show("API back after " + downtime.toSeconds() + " s");
  }

  @Override
  public synchronized void onStopFailed(String taskId, Throwable error) {
    show("stopping " + noun + " " + taskId + " failed; it may still be running: " + error.getMessage());
  }

  private static String reason(BrowserActException error) {
    if (error instanceof ApiException) {
      ApiException api = (ApiException) error;
      return api.operation() + ": HTTP " + api.statusCode() + (api.traceId() == null ? "" : ", traceId "
          + api.traceId());
    }
    return error.getCause() == null ? error.getClass().getSimpleName() : error.getCause().getClass().getSimpleName();
  }

  @Override
  public boolean wantsSteps() {
    return true;
  }

  @Override
  public Duration stepsEvery() {
    return stepsEvery;
  }

  private void show(String text) {
    message = text.replaceAll("\\s+", " ").trim();
    if (terminal) {
      redraw();
    } else {
      err.println(line());
      err.flush();
    }
  }

  private synchronized void redraw() {
    if (!terminal || message.isEmpty()) {
      return;
    }
    err.print("\r\033[2K" + line());
    err.flush();
    lineOpen = true;
  }

  /** {@code [mm:ss] message}, on a terminal cut to one character less than its width. */
  private String line() {
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    String text = String.format("[%02d:%02d] %s", seconds / 60, seconds % 60, message);
    return terminal && text.length() > width - 1 ? text.substring(0, width - 2) + "…" : text;
  }

  /** Stops the ticking and ends the redrawn line so that what follows starts on its own line. */
  synchronized void finish() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    if (lineOpen) {
      err.println();
      err.flush();
      lineOpen = false;
    }
  }
}
