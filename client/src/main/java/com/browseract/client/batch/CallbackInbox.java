package com.browseract.client.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The callbacks that reached a batch saying one of its tasks ended. Thread-safe: they arrive on the receiver's thread
 * while the batch runs on its own, which the arrival wakes.
 *
 * <p>Only the ids of the batch's running tasks are kept, and, while a start is unanswered, any id (up to
 * {@link #MAX_EARLY}): a short task's callback may overtake its start's answer. When the start answers, the ids of
 * other tasks are forgotten, so a stranger's callback never costs a request.
 *
 * <p>A callback is a hint: the batch reuses the task's slot at once, and confirms the end with a later look at its
 * tasks. A look that finds a hinted task still running is a false alarm (a forged body, or BrowserAct's store a
 * moment behind its callback); after each, hints are trusted again only after a longer wait (1 s, doubling, up to
 * the safety look), so that a flood of lies cannot become a flood of starts. Hints that prove true start the
 * spacing afresh.
 */
final class CallbackInbox {
  /** Ids kept while a start is unanswered: enough for any real overtaking, bounded against floods. */
  static final int MAX_EARLY = 1000;
  private static final Duration FIRST_SPACING = Duration.ofSeconds(1);

  private final Runnable wake;
  private final Duration maxSpacing;
  private final Set<String> running = new HashSet<>();
  private final Set<String> heard = new LinkedHashSet<>();
  private boolean starting;
  private Duration spacing = Duration.ZERO;
  private Instant lookAfter = Instant.MIN;

  /**
   * @param wake wakes the batch's thread
   * @param maxSpacing the longest wait false alarms impose on a hinted look
   */
  CallbackInbox(Runnable wake, Duration maxSpacing) {
    this.wake = wake;
    this.maxSpacing = maxSpacing;
  }

  /**
   * A callback said a task ended (called by {@link com.browseract.client.Webhooks}).
   *
   * @return true when the batch follows the task, or may (a start is unanswered)
   */
  boolean offer(String taskId) {
    synchronized (this) {
      boolean known = running.contains(taskId);
      if (!known && !(starting && heard.size() < MAX_EARLY)) {
        return false;
      }
      if (!heard.add(taskId)) {
        return true;
      }
    }
    wake.run();
    return true;
  }

  /** A start is about to be sent: until it is answered, a callback for any task may be its task's. */
  synchronized void startSent() {
    starting = true;
  }

  /** The start was answered (its task, if any, followed first): callbacks heard for other unknown tasks go. */
  synchronized void startAnswered() {
    starting = false;
    heard.retainAll(running);
  }

  /** A task of the batch is running: its callbacks are kept. */
  synchronized void follow(String taskId) {
    running.add(taskId);
  }

  /** A task of the batch ended: its callbacks no longer matter. */
  synchronized void ended(String taskId) {
    running.remove(taskId);
    heard.remove(taskId);
  }

  /** @return whether callbacks are trusted at {@code now} and one said a running task ended */
  synchronized boolean due(Instant now) {
    return !now.isBefore(lookAfter) && heard.stream().anyMatch(running::contains);
  }

  /** @return when a pending hint may be acted on; null when none is pending */
  synchronized Instant pendingLookAt() {
    return heard.stream().anyMatch(running::contains) ? lookAfter : null;
  }

  /** @return the running tasks a callback said ended; they are taken */
  synchronized Set<String> take() {
    Set<String> taken = new LinkedHashSet<>();
    for (String id : heard) {
      if (running.contains(id)) {
        taken.add(id);
      }
    }
    heard.removeAll(taken);
    return taken;
  }

  /** A look found a hinted task still running: hints are trusted again only after a longer wait. */
  synchronized void falseAlarm(Instant now) {
    spacing = spacing.isZero() ? FIRST_SPACING : spacing.multipliedBy(2);
    if (spacing.compareTo(maxSpacing) > 0) {
      spacing = maxSpacing;
    }
    lookAfter = now.plus(spacing);
  }

  /** A look found every hinted task ended: hints are believed at once again. */
  synchronized void confirmed() {
    spacing = Duration.ZERO;
    lookAfter = Instant.MIN;
  }
}
