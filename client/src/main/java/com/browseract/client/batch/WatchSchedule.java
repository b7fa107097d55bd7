package com.browseract.client.batch;

import com.browseract.client.internal.GrowingDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;

/**
 * When to look at the batch's tasks next (one list request per look, whatever the concurrency). Before any task
 * has ended: 1 s, growing by half each look, to 5 s. Then the pause follows the rate at which tasks end, aiming at
 * one look per two ends (so looks cost at most half a request per task), between 0.5 s and the maximum; and while
 * every running task is younger than the shortest task seen so far (none can end yet), it waits for the oldest
 * to reach that age.
 */
final class WatchSchedule {
  static final Duration MIN = Duration.ofMillis(500);
  /** Looks before any task has ended. */
  private static final GrowingDelay FIRST_LOOKS = new GrowingDelay(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(5));
  private static final int WINDOW = 32;
  private static final double LOOKS_PER_END = 0.5;

  private final Duration max;
  private final ArrayDeque<Instant> recentEnds = new ArrayDeque<>();
  private final ArrayDeque<Duration> recentTasks = new ArrayDeque<>();
  private Duration shortestTask;
  private int looksWithoutEnds;

  WatchSchedule(Duration max) {
    this.max = max;
  }

  /** A task ended and was seen at {@code now}; it ran for {@code ran} (null when unknown). */
  void ended(Instant now, Duration ran) {
    recentEnds.addLast(now);
    if (recentEnds.size() > WINDOW) {
      recentEnds.removeFirst();
    }
    if (ran != null && !ran.isNegative()) {
      if (shortestTask == null || ran.compareTo(shortestTask) < 0) {
        shortestTask = ran;
      }
      recentTasks.addLast(ran);
      if (recentTasks.size() > WINDOW) {
        recentTasks.removeFirst();
      }
    }
  }

  /**
   * The age beyond which a running task is a straggler (asked for by id rather than kept in every list, and not
   * counted when deciding whether a task can end soon): three times the mean of the recent tasks' lengths, at
   * least 30 s; null until 5 tasks have ended.
   */
  Duration stragglerAge() {
    if (recentTasks.size() < 5) {
      return null;
    }
    long meanMillis = (long) recentTasks.stream().mapToLong(Duration::toMillis).average().orElse(0);
    Duration age = Duration.ofMillis(meanMillis * 3);
    return age.compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30) : age;
  }

  /** The pause after a look at {@code now}, with these start times of the running tasks. */
  Duration next(Instant now, Collection<Instant> runningSince) {
    return next(now, runningSince, true);
  }

  /**
   * The same; once no input waits for a slot ({@code inputsWaiting} false), an end frees a slot nobody needs, so
   * the looks aim at one per four ends: they only bring the last results sooner.
   */
  Duration next(Instant now, Collection<Instant> runningSince, boolean inputsWaiting) {
    Duration pause;
    if (recentEnds.isEmpty()) {
      pause = FIRST_LOOKS.after(looksWithoutEnds++);
    } else {
      double seconds = Math.max(0.001, Duration.between(recentEnds.getFirst(), now).toMillis() / 1000.0);
      double endsPerSecond = recentEnds.size() / seconds;
      pause = Duration.ofMillis((long) (1000 / (endsPerSecond * (inputsWaiting ? LOOKS_PER_END
          : LOOKS_PER_END / 2))));
    }
    if (shortestTask != null && !runningSince.isEmpty()) {
      Instant oldest = runningSince.stream().min(Instant::compareTo).get();
      Duration untilOneCanEnd = Duration.between(now, oldest.plus(shortestTask.multipliedBy(9).dividedBy(10)));
      if (untilOneCanEnd.compareTo(pause) > 0) {
        pause = untilOneCanEnd;
      }
    }
    return pause.compareTo(MIN) < 0 ? MIN : pause.compareTo(max) > 0 ? max : pause;
  }
}
