package com.browseract.cli;

import com.browseract.client.ApiException;
import com.browseract.client.BrowserActException;
import com.browseract.client.TaskListener;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/**
 * Shows a wait's progress on stderr: each status change and each new step goal. On a terminal it redraws one
 * line with the elapsed time; otherwise it prints plain lines without escape codes.
 */
final class Progress implements TaskListener {
  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private boolean lineOpen;

  Progress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void onStatusChange(String taskId, TaskStatus previous, TaskStatus current) {
    show("task " + taskId + ": " + current);
  }

  @Override
  public synchronized void onStep(String taskId, TaskStep step) {
    show("step " + step.getStep() + ": " + step.getStepGoal());
  }

  @Override
  public synchronized void onPollFailed(String taskId, BrowserActException error, Instant failingSince) {
    long seconds = Duration.between(failingSince, Instant.now()).toSeconds();
    show("API unreachable for " + seconds + " s, still waiting… (" + reason(error) + ")");
  }

  @Override
  public synchronized void onPollRecovered(String taskId, Duration downtime) {
    show("API back after " + downtime.toSeconds() + " s");
  }

  @Override
  public synchronized void onStopFailed(String taskId, Throwable error) {
    show("stopping task " + taskId + " failed; it may still be running: " + error.getMessage());
  }

  private static String reason(BrowserActException error) {
    if (error instanceof ApiException) {
      ApiException api = (ApiException) error;
      return "HTTP " + api.statusCode() + (api.traceId() == null ? "" : ", traceId " + api.traceId());
    }
    return error.getCause() == null ? error.getClass().getSimpleName() : error.getCause().getClass().getSimpleName();
  }

  @Override
  public boolean wantsSteps() {
    return true;
  }

  private void show(String message) {
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    String text = String.format("[%02d:%02d] %s", seconds / 60, seconds % 60, message);
    if (terminal) {
      err.print("\r\033[2K" + text);
      lineOpen = true;
    } else {
      err.println(text);
    }
    err.flush();
  }

  /** Ends the redrawn line so that what follows starts on its own line. */
  synchronized void finish() {
    if (lineOpen) {
      err.println();
      err.flush();
      lineOpen = false;
    }
  }
}
