package com.browseract.client;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.WaitTimeoutException;
import com.browseract.client.internal.UnreadableAnswers;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one wait, shared by the synchronous and asynchronous loops: what was seen, when to poll next,
 * and how the wait ends. Not thread-safe; each wait's polls happen one after another.
 */
final class WaitProgress {
  private static final Duration MAX_SAFETY_POLL = Duration.ofMinutes(10);

  static final Set<TaskStatus> TERMINAL = Set.of(TaskStatus.FINISHED, TaskStatus.FAILED, TaskStatus.CANCELED);

  private final String taskId;
  private final WaitOptions options;
  private final Clock clock;
  private final Instant start;
  private final Instant deadline;
  private TaskStatus lastStatus;
  private int stepsSeen;
  private Duration nextInterval;
  private Instant failingSince;
  // Each failing call, with how many answers other calls have had since it last failed.
  private static final int ANSWERS_THAT_OUTLIVE_A_FAILURE = 5;
  private final Map<String, Integer> failingOperations = new HashMap<>();
  private Instant lastFullRead;
  private BrowserActException lastError;
  private final UnreadableAnswers unreadable = new UnreadableAnswers();

  WaitProgress(String taskId, WaitOptions options, Clock clock) {
    this.taskId = taskId;
    this.options = options;
    this.clock = clock;
    this.start = clock.instant();
    this.deadline = start.plus(options.timeout());
    this.nextInterval = options.initialPollInterval();
  }

  /**
   * Whether this poll reads the full task (for its steps) rather than the status alone: only for a listener that
   * wants steps, and at most once every {@link TaskListener#stepsEvery()}.
   */
  boolean wantsSteps() {
    if (!options.listener().wantsSteps()) {
      return false;
    }
    Instant now = clock.instant();
    if (lastFullRead != null && now.isBefore(lastFullRead.plus(options.listener().stepsEvery()))) {
      return false;
    }
    lastFullRead = now;
    return true;
  }

  /** @return the wait's deadline, which no request of the wait outlasts */
  Instant deadline() {
    return deadline;
  }

  /**
   * @return true once the deadline has come: the wait ends without another request, which would be cut off at
   *     once (and would replace the last error of an outage with its own timeout)
   */
  boolean expired() {
    return !clock.instant().isBefore(deadline);
  }

  /**
   * Records a readable answer. The API is "back" when a call that was failing is answered again: a call that never
   * failed answering meanwhile (a status poll between two reads that fail, say) says nothing about the others. A
   * failed call the wait does not make again (a read a callback asked for) is over once other calls have been
   * answered {@value #ANSWERS_THAT_OUTLIVE_A_FAILURE} times since it failed.
   */
  void answered(Operation operation) {
    unreadable.answered(operation.operationId);
    if (failingSince == null) {
      return;
    }
    boolean recovered = failingOperations.isEmpty() || failingOperations.containsKey(operation.operationId);
    if (!recovered) {
      failingOperations.replaceAll((failing, answersSince) -> answersSince + 1);
      recovered = failingOperations.values().stream().allMatch(n -> n >= ANSWERS_THAT_OUTLIVE_A_FAILURE);
    }
    if (recovered) {
      options.listener().onPollRecovered(taskId, Duration.between(failingSince, clock.instant()));
      failingSince = null;
      failingOperations.clear();
      lastError = null;
    }
  }

  /**
   * Records one poll's answer and tells the listener what is new.
   *
   * @param answeredBy the call that was answered
   * @param steps the task's steps when the full task was polled, else null
   * @return true when the task has ended
   */
  boolean observe(Operation answeredBy, TaskStatus status, List<TaskStep> steps) {
    answered(answeredBy);
    if (status != lastStatus) {
      options.listener().onStatusChange(taskId, lastStatus, status);
      lastStatus = status;
    }
    if (steps != null) {
      for (int i = stepsSeen; i < steps.size(); i++) {
        options.listener().onStep(taskId, steps.get(i));
      }
      stepsSeen = Math.max(stepsSeen, steps.size());
    }
    return status != null && TERMINAL.contains(status);
  }

  /**
   * Records a full read of the task (the one a callback asks for).
   *
   * @return true when the task has ended
   */
  <D> boolean observeFull(WaitDialect<D> dialect, D full) {
    return observe(dialect.detailOperation(), dialect.statusOf(full),
        options.listener().wantsSteps() ? dialect.stepsOf(full) : null);
  }

  /**
   * @param justStarted whether the caller started the task a moment ago
   * @return the wait before the first poll: none, so that a task that has already ended is seen at once, except
   *     for a task just started whose end a callback will announce
   */
  Duration firstDelay(boolean justStarted) {
    return justStarted && expectsCallbacks() ? nextDelay() : Duration.ZERO;
  }

  boolean expectsCallbacks() {
    return options.callbackUrl().isPresent();
  }

  /**
   * The safety poll of a wait that expects callbacks: {@link WaitOptions#safetyPollInterval()}, then as long as
   * the wait has lasted so far (so the polls double), at most 10 minutes: a lost callback is caught within about
   * the task's age, and a callback that comes costs a long task two or three polls in all.
   */
  private Duration safetyDelay(Duration waited) {
    Duration base = options.safetyPollInterval();
    Duration most = base.compareTo(MAX_SAFETY_POLL) > 0 ? base : MAX_SAFETY_POLL;
    Duration delay = waited.compareTo(base) > 0 ? waited : base;
    return delay.compareTo(most) < 0 ? delay : most;
  }

  /**
   * @return the wait before the next poll, cut short at the deadline; null once the deadline has passed. While
   *     callbacks are expected, the slow safety poll; otherwise the growing schedule.
   */
  Duration nextDelay() {
    Duration remaining = Duration.between(clock.instant(), deadline);
    if (remaining.isNegative() || remaining.isZero()) {
      return null;
    }
    if (expectsCallbacks()) {
      Duration safety = safetyDelay(Duration.between(start, clock.instant()));
      return safety.compareTo(remaining) < 0 ? safety : remaining;
    }
    Duration cap = options.pollCap(Duration.between(start, clock.instant()));
    Duration interval = nextInterval.compareTo(cap) < 0 ? nextInterval : cap;
    Duration delay = interval.compareTo(remaining) < 0 ? interval : remaining;
    long grown = (long) (nextInterval.toMillis() * options.pollMultiplier());
    nextInterval = Duration.ofMillis(Math.min(grown, options.maxPollInterval().toMillis()));
    return delay;
  }

  /**
   * Records a failed poll. An error whose {@link ErrorKind} may heal (the API failing for a while) keeps the wait
   * going on the normal schedule, or later when the API asked for it with {@code Retry-After}; any other error ends
   * it, and so do unreadable answers that break the contract ({@link UnreadableAnswers}).
   *
   * @return the wait before the next poll
   * @throws BrowserActException the error itself when it cannot heal, an {@link InvalidResponseException} when the
   *     API's answers cannot be used, or a {@link WaitTimeoutException} caused by the error when the deadline passed
   *     or the failures outlasted {@link WaitOptions#failureTolerance()}
   */
  Duration afterFailure(BrowserActException error) {
    if (unreadable.brokenBy(error)) {
      throw brokenContract((ApiException) error);
    }
    if (!error.kind().mayHeal()) {
      throw error;
    }
    Instant now = clock.instant();
    if (failingSince == null) {
      failingSince = now;
    }
    String operation = operationOf(error);
    if (operation != null) {
      failingOperations.put(operation, 0);
    }
    lastError = error;
    options.listener().onPollFailed(taskId, error, failingSince);
    Duration failingFor = Duration.between(failingSince, now);
    if (options.failureTolerance().map(tolerance -> failingFor.compareTo(tolerance) >= 0).orElse(false)) {
      throw timeout();
    }
    Duration delay = nextDelay();
    if (delay == null) {
      throw timeout();
    }
    Duration asked = error instanceof ApiException ? ((ApiException) error).retryAfter().orElse(null) : null;
    Duration remaining = Duration.between(now, deadline);
    return asked != null && asked.compareTo(delay) > 0 ? (asked.compareTo(remaining) < 0 ? asked : remaining) : delay;
  }

  private InvalidResponseException brokenContract(ApiException last) {
    return new InvalidResponseException(last.details(), ErrorKind.BROKEN_CONTRACT, last.operation() + " answered "
        + unreadable.inARow() + " times in a row with nothing this SDK can use, while the API answered other calls:"
        + " the API and this SDK disagree (quote the traceId to BrowserAct, or update the SDK)", last);
  }

  private static String operationOf(BrowserActException error) {
    return error instanceof ApiException ? ((ApiException) error).operation()
        : error instanceof ConnectionException ? ((ConnectionException) error).operation() : null;
  }

  /** Ends a wait on an ended task: returns it, or throws for failed or (unless asked not to) canceled. */
  <D> D conclude(WaitDialect<D> dialect, D detail) {
    if (options.listener().wantsSteps()) {
      // the steps since the last full read
      observe(dialect.detailOperation(), dialect.statusOf(detail), dialect.stepsOf(detail));
    } else {
      answered(dialect.detailOperation());
    }
    TaskStatus status = dialect.statusOf(detail) == null ? lastStatus : dialect.statusOf(detail);
    if (status == TaskStatus.FAILED) {
      throw dialect.failed(detail);
    }
    if (status == TaskStatus.CANCELED && !options.returnCanceledTask()) {
      throw dialect.canceled(detail);
    }
    return detail;
  }

  WaitTimeoutException timeout() {
    Instant now = clock.instant();
    return new WaitTimeoutException(taskId, lastStatus, Duration.between(start, now), lastError,
        failingSince == null ? Duration.ZERO : Duration.between(failingSince, now));
  }
}
