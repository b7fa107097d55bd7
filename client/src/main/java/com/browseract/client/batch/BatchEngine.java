package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import com.browseract.client.RequestOptions;
import com.browseract.client.RunOptions;
import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ConcurrencyLimitException;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.internal.GrowingDelay;
import com.browseract.client.internal.UnreadableAnswers;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one batch on the calling thread: fills the slots, watches the tasks with one list request per look,
 * journals every step before its effect, and resumes what an earlier run of the same journal left.
 *
 * <p>While a start is unanswered (a task may exist) or the API is failing, nothing new is started: the batch
 * watches, finds out, and starts again once the API answers. An API that keeps failing for
 * {@link BatchOptions#outagePatience()} stops the batch with its last error.
 *
 * <p>With {@link BatchOptions#callbackUrl()}, a callback saying a running task ended ({@link CallbackInbox}) frees
 * its slot at once for the next input ({@link #freeHintedSlots}); the task's end is still written only from the
 * API's answer, by a confirming look that comes at most every {@link #CONFIRM_EVERY} and confirms every hinted end
 * it sees. Looks otherwise come every {@link BatchOptions#safetyLookInterval()} instead of at the pace of
 * {@link WatchSchedule}.
 */
final class BatchEngine {
  /** Tasks created this long before a start was journaled still count as possibly its own (clocks differ). */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
  /** A task the lists have not shown this long after its start is asked for by id. */
  static final Duration UNLISTED_AFTER = Duration.ofSeconds(30);
  /** How often a task that runs far longer than the others is asked for by id instead of widening every list. */
  static final Duration STRAGGLER_LOOKS = Duration.ofSeconds(30);
  /** After a failed start or look: from 1 s, growing by half each failure in a row, up to 30 s. */
  private static final GrowingDelay BACKOFF = new GrowingDelay(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30));
  /**
   * The shortest time between two looks that confirm the ends callbacks announced (their slots are already reused):
   * ends ~0.4 s apart share one look instead of costing one each. Longer only delays results, not starts.
   */
  static final Duration CONFIRM_EVERY = Duration.ofSeconds(10);
  private static final long CUT_OFF_STEP_MILLIS = 100;

  private final BrowserAct client;
  private final BatchTarget target;
  /** The API version's calls (v2 tasks, v3 runs); every decision stays here. */
  private final BatchDialect dialect;
  private final Iterable<BatchInput> inputs;
  private final BatchOptions options;
  private final Checkpoints checkpoints;
  private final Clock clock;
  private final Pause pause;
  private final SafeListener listener;
  private final BatchSummary.Counters counters = new BatchSummary.Counters();
  private final AtomicLong requests = new AtomicLong();
  private final TaskLister lister;
  private final AdaptiveLimit limit;
  private final WatchSchedule schedule;
  /** The callbacks that said a task ended; null without {@link BatchOptions#callbackUrl()}. */
  private final CallbackInbox inbox;

  private final Map<String, Flight> flights = new LinkedHashMap<>();
  private final List<Flight> unsure = new ArrayList<>();
  private final Deque<Flight> again = new ArrayDeque<>();
  /** Running tasks whose slots a callback freed ({@link Flight#freed}): their ends await a confirming look. */
  private int freed;
  private Instant lastLook;
  private OpenedBatch files;
  private Iterator<BatchInput> fresh;
  private Instant began;
  private Instant nextWatch;
  private Instant startsAfter;
  private Instant reconcileAfter;
  private int startFailures;
  private int readFailures;
  private Instant failingSince;
  private BrowserActException lastFailure;
  private final UnreadableAnswers unreadable = new UnreadableAnswers();
  private volatile double busySlotSeconds;
  private Instant lastTick;
  private volatile boolean cancelled;
  private volatile Instant startedAt;
  private Instant deadline;
  private BrowserAct cutOff;
  private long cutOffMillis;

  BatchEngine(BrowserAct client, BatchTarget target, Iterable<BatchInput> inputs, BatchOptions options,
      Checkpoints checkpoints) {
    this(client, target, inputs, 0, options, checkpoints);
  }

  /** @param total the number of inputs when known (a check counted them), else 0: counted as they are read */
  BatchEngine(BrowserAct client, BatchTarget target, Iterable<BatchInput> inputs, int total, BatchOptions options,
      Checkpoints checkpoints) {
    this.counters.total = total;
    this.client = client;
    this.target = target;
    this.inputs = inputs;
    this.options = options;
    this.checkpoints = checkpoints;
    this.clock = options.clock;
    this.pause = options.pause != null ? options.pause : Pause.system();
    this.listener = SafeListener.of(options.listener, client.config().listeners(), target);
    this.dialect = BatchDialect.of(target);
    this.lister = new TaskLister(this::api, dialect, requests);
    this.limit = new AdaptiveLimit(options.concurrency);
    this.schedule = new WatchSchedule(options.maxWatchInterval);
    this.inbox = options.callbackUrl == null ? null : new CallbackInbox(pause::wake, options.safetyLookInterval);
  }

  /** The batch's listeners as one, its end included. */
  BatchListener listener() {
    return listener;
  }

  void cancel() {
    cancelled = true;
    pause.wake();
  }

  /** A snapshot, for progress displays; called from any thread. */
  BatchSummary progress() {
    Instant since = startedAt;
    Duration wall = since == null ? Duration.ZERO : Duration.between(since, clock.instant());
    return new BatchSummary(counters, requests.get(), wall, utilisation(wall), limit.current(), false, cancelled,
        null);
  }

  BatchSummary run() throws IOException {
    began = clock.instant();
    lastTick = began;
    Runnable unfollow = inbox == null ? () -> { } : client.webhooks().followEnds(inbox::offer);
    try {
      open();
      startedAt = began;
      return loop();
    } finally {
      unfollow.run();
      if (files != null) {
        files.close();
      }
    }
  }

  private void open() throws IOException {
    files = OpenedBatch.open(target, options, began);
    JournalState state = files.state;
    counters.finished = state.ended("finished");
    counters.failed = state.ended("failed");
    counters.canceled = state.ended("canceled");
    counters.credits = state.credits;
    counters.doneBefore = counters.finished + counters.failed + counters.canceled;
    if (!files.isNew) {
      state.checkSameInputs(inputs, options.journal);
    }
    files.writeLostResults(listener::onResult);
    resumeOpenInputs(state);
    fresh = inputs.iterator();
    // Tasks left running by an earlier run may have ended since: look at once. New tasks cannot end that fast.
    nextWatch = flights.isEmpty() ? began.plus(nextLook(began, List.of())) : began;
    startsAfter = began;
    reconcileAfter = began;
    lastLook = began;
  }

  /** Inputs an earlier run left open: waited for, reconciled, or started again. */
  private void resumeOpenInputs(JournalState state) {
    for (JournalState.Open open : state.open.values()) {
      Flight flight = new Flight(open.input, open.attempt, open.startingAt);
      switch (open.stage) {
        case STARTED:
          flight.taskId = open.taskId;
          flights.put(open.taskId, flight);
          if (inbox != null) {
            inbox.follow(open.taskId);
          }
          break;
        case STARTING:
          // The earlier run's request may still be arriving: wait as for a start that has just failed.
          flight.unansweredAt = began;
          flight.fromEarlierRun = true;
          unsure.add(flight);
          break;
        case ENDED:
          again.add(new Flight(open.input, open.attempt + 1, null));
          break;
        default:
          again.add(new Flight(open.input, open.attempt, null));
          break;
      }
    }
    counters.running = flights.size();
  }

  private BatchSummary loop() throws IOException {
    deadline = options.timeout == null ? null : began.plus(options.timeout);
    RuntimeException stoppedBy = null;
    boolean timedOut = false;
    while (true) {
      Instant now = tick();
      if (flights.isEmpty() && unsure.isEmpty() && again.isEmpty() && !fresh.hasNext()) {
        break;
      }
      if (cancelled) {
        break;
      }
      if (deadline != null && !now.isBefore(deadline)) {
        timedOut = true;
        break;
      }
      try {
        giveUpAfterALongOutage(now);
        if (!unsure.isEmpty() && !now.isBefore(reconcileAfter)) {
          reconcile(now);
        }
        freeHintedSlots(clock.instant());
        fill();
        if (!flights.isEmpty() && (!clock.instant().isBefore(nextWatch) || confirmDue(clock.instant()))) {
          watch();
        }
      } catch (FatalStop stop) {
        stoppedBy = stop.failure;
        break;
      }
      pauseUntilNextAction();
    }
    if (cancelled && options.stopOnCancel) {
      stopRunning();
    }
    for (Flight flight : unsure) {
      listener.onUnresolved(flight.input, "the API did not answer its start"
          + (lastFailure == null ? "" : " and could not be asked whether a task was created (" + lastFailure.getMessage()
              + ")") + "; a rerun finds out before starting it");
    }
    counters.unresolved = unsure.size();
    countTheRest();
    counters.running = flights.size();
    Duration wall = Duration.between(began, tick());
    return new BatchSummary(counters, requests.get(), wall, utilisation(wall), limit.current(), timedOut,
        cancelled, stoppedBy);
  }

  /** Reads the inputs not reached (cancelled, timed out, stopped) so that the summary counts them as queued. */
  private void countTheRest() {
    while (fresh.hasNext()) {
      counters.total = Math.max(counters.total, fresh.next().position());
    }
  }

  /** A failure no retry mends: the batch stops starting and returns with it. */
  private static final class FatalStop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final RuntimeException failure;

    FatalStop(RuntimeException failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }

  private void giveUpAfterALongOutage(Instant now) {
    if (failingSince != null && Duration.between(failingSince, now).compareTo(options.outagePatience) >= 0) {
      throw new FatalStop(lastFailure);
    }
  }

  /**
   * A read failed. What may heal counts towards {@link BatchOptions#outagePatience()}, as a wait keeps waiting;
   * anything else (and unreadable answers that break the contract) stops the batch, as it ends a wait.
   */
  private void failed(BrowserActException failure) {
    if (unreadable.brokenBy(failure) || !failure.kind().mayHeal()) {
      throw new FatalStop(failure);
    }
    failing(failure);
  }

  private void failing(BrowserActException failure) {
    lastFailure = failure;
    if (failingSince == null) {
      failingSince = clock.instant();
    }
    listener.onTransientFailure(failure);
  }

  /** @param operation the operationId of the call answered readably, or null for an error answer */
  private void answered(String operation) {
    failingSince = null;
    if (operation != null) {
      unreadable.answered(operation);
    }
  }

  private Instant tick() {
    Instant now = clock.instant();
    busySlotSeconds += (flights.size() - freed) * Duration.between(lastTick, now).toMillis() / 1000.0;
    lastTick = now;
    return now;
  }

  private double utilisation(Duration wall) {
    double slotSeconds = options.concurrency * wall.toMillis() / 1000.0;
    return slotSeconds <= 0 ? 0 : Math.min(1, busySlotSeconds / slotSeconds);
  }

  private void pauseUntilNextAction() {
    if (flights.isEmpty() && unsure.isEmpty() && !hasWork()) {
      return;
    }
    Instant now = clock.instant();
    Instant next = flights.isEmpty() ? now.plus(options.maxWatchInterval) : nextWatch;
    if (mayStart() && occupied() < limit.allowed(now)) {
      next = earliest(next, startsAfter);
    }
    if (mayStart() && occupied() == limit.current() && limit.current() < options.concurrency) {
      next = earliest(next, limit.probeAfter());
    }
    if (!unsure.isEmpty()) {
      next = earliest(next, reconcileAfter);
    }
    Instant hintedLook = inbox == null ? null : inbox.pendingLookAt();
    if (hintedLook != null) {
      next = earliest(next, hintedLook);
    }
    Instant confirmLook = confirmAt();
    if (confirmLook != null) {
      next = earliest(next, confirmLook);
    }
    if (failingSince != null) {
      next = earliest(next, failingSince.plus(options.outagePatience));
    }
    if (deadline != null) {
      next = earliest(next, deadline);
    }
    Duration wait = Duration.between(now, next);
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    try {
      pause.pause(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled = true;
    }
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Slots taken: running tasks (less those a callback freed), and unanswered starts (their tasks may be running). */
  private int occupied() {
    return flights.size() - freed + unsure.size();
  }

  private boolean hasWork() {
    return !again.isEmpty() || fresh.hasNext();
  }

  /**
   * New starts wait while a start of this run is unanswered and while reading the tasks fails: the API is likely
   * down (a start is then only tried when nothing else could tell that it is back). Starts an earlier run left
   * unanswered hold back only their own inputs.
   */
  private boolean mayStart() {
    return !cancelled && hasWork() && unsure.stream().allMatch(flight -> flight.fromEarlierRun)
        && (readFailures == 0 || flights.isEmpty());
  }

  /** Starts tasks while slots are free and nothing asks to wait. */
  private void fill() throws IOException {
    while (mayStart() && !clock.instant().isBefore(startsAfter) && occupied() < limit.allowed(clock.instant())) {
      Flight next = again.isEmpty() ? nextFresh() : again.removeFirst();
      if (next != null) {
        start(next);
      }
    }
  }

  /** The next input not done or open in the journal. */
  private Flight nextFresh() {
    BatchInput input = fresh.next();
    counters.total = Math.max(counters.total, input.position());
    JournalState state = files.state;
    if (state.known(input.position())) {
      return null;
    }
    return new Flight(input, 1, null);
  }

  private void start(Flight planned) throws IOException {
    if (inbox == null) {
      sendStart(planned);
      return;
    }
    inbox.startSent();
    try {
      sendStart(planned);
    } finally {
      inbox.startAnswered();
    }
  }

  private void sendStart(Flight planned) throws IOException {
    BatchInput input = planned.input;
    checkpoints.at(Checkpoints.Point.BEFORE_STARTING, input);
    Flight flight = new Flight(input, planned.attempt, clock.instant());
    files.journal.append(JournalRecord.starting(input, flight.attempt, flight.startingAt));
    checkpoints.at(Checkpoints.Point.BEFORE_REQUEST, input);
    String taskId;
    try {
      requests.incrementAndGet();
      taskId = dialect.start(api(), input, options.callbackUrl);
    } catch (BrowserActException e) {
      startFailed(flight, e);
      return;
    }
    answered(dialect.operation(BatchDialect.Call.START));
    checkpoints.at(Checkpoints.Point.BEFORE_STARTED, input);
    startFailures = 0;
    adopt(flight, taskId, false);
    if (limit.started(occupied())) {
      listener.onConcurrencyChanged(limit.current());
    }
  }

  /**
   * The client for the next request. Near the batch's deadline, a view whose requests are cut off when the time is
   * up (to a tenth of a second, so that a view serves a while): a request that hangs would otherwise carry the batch
   * a read timeout past its timeout. Far from it, the client's own timeouts end a request first.
   */
  private BrowserAct api() {
    if (deadline == null) {
      return client;
    }
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.compareTo(client.config().connectTimeout().plus(client.config().readTimeout())) > 0) {
      return client;
    }
    long millis = Math.max(CUT_OFF_STEP_MILLIS, left.toMillis() / CUT_OFF_STEP_MILLIS * CUT_OFF_STEP_MILLIS);
    if (cutOff == null || millis != cutOffMillis) {
      cutOff = client.withOptions(RequestOptions.builder().callTimeout(Duration.ofMillis(millis)).build());
      cutOffMillis = millis;
    }
    return cutOff;
  }

  /** What a failed start means for its input, by the failure's kind. */
  private void startFailed(Flight flight, BrowserActException e) throws IOException {
    switch (e.kind()) {
      case REFUSED:
        answered(null);
        refuse(flight, e);
        break;
      case TRANSIENT: // for a start, only a request that never left this machine: nothing was created
        failing(e);
        refuse(flight, e);
        break;
      case FIX_REQUEST:
        answered(null);
        rejected(flight, (ApiException) e);
        break;
      case FIX_TARGET:
      case FIX_ACCOUNT:
        answered(null);
        files.journal.append(JournalRecord.refused(flight.input, flight.attempt, codeOf(e)));
        throw new FatalStop(e);
      default: // TASK_MAY_EXIST, or anything the SDK could not classify: a task may exist
        unanswered(flight, e);
        break;
    }
  }

  private static Integer codeOf(BrowserActException e) {
    return e instanceof ApiException ? ((ApiException) e).code() : null;
  }

  /**
   * The start was refused, or never sent: nothing was created, so the input is tried again later. The plan's limit
   * of tasks at once lowers the batch's concurrency; anything else waits as the server asked, or backs off.
   */
  private void refuse(Flight flight, BrowserActException refusal) throws IOException {
    files.journal.append(JournalRecord.refused(flight.input, flight.attempt, codeOf(refusal)));
    again.addFirst(new Flight(flight.input, flight.attempt, null));
    Instant now = clock.instant();
    if (refusal instanceof ConcurrencyLimitException) {
      if (limit.refused(occupied(), now)) {
        listener.onConcurrencyChanged(limit.current());
      }
      startsAfter = occupied() == 0 ? limit.probeAfter() : now;
    } else {
      Duration asked = refusal instanceof ApiException ? ((ApiException) refusal).retryAfter().orElse(null) : null;
      startsAfter = now.plus(asked != null ? asked : backoff(startFailures++));
    }
  }

  /**
   * The API refused this input (an invalid value, say): no task was created, and starting it again would be
   * refused again, so it is the input's result. (A refused key or permission, or a workflow that does not exist,
   * concerns every input: {@link #startFailed} stops the batch instead.)
   */
  private void rejected(Flight flight, ApiException rejection) throws IOException {
    JournalRecord ended = JournalRecord.rejected(flight.input, flight.attempt, rejection.code(),
        rejection.getMessage());
    files.journal.append(ended);
    counters.failed++;
    writeResult(new BatchResult(flight.input, ended.fields));
  }

  /** No usable answer: a task may exist. Find out from the task list before starting anything else. */
  private void unanswered(Flight flight, BrowserActException failure) {
    failing(failure);
    flight.unansweredAt = clock.instant();
    unsure.add(flight);
    startsAfter = clock.instant().plus(backoff(startFailures++));
    reconcileAfter = clock.instant();
  }

  private static Duration backoff(int failures) {
    return BACKOFF.after(failures);
  }

  private void adopt(Flight flight, String taskId, boolean adopted) throws IOException {
    files.journal.append(JournalRecord.started(flight.input, flight.attempt, taskId, clock.instant(), adopted));
    flight.taskId = taskId;
    flights.put(taskId, flight);
    if (inbox != null) {
      inbox.follow(taskId);
    }
    counters.running = flights.size();
    listener.onStarted(flight.input, taskId, flight.attempt);
  }

  /**
   * Decides the unsure starts whose settle time has passed (counted from when the start failed, since a request
   * may be slow to fail yet create its task later): a listed task with the same input, created after the start
   * was journaled and not already an input's, is adopted; an input with none was not started and is queued again.
   */
  private void reconcile(Instant now) throws IOException {
    List<Flight> due = new ArrayList<>();
    for (Flight flight : unsure) {
      if (!now.isBefore(flight.unansweredAt.plus(options.reconcileSettle))) {
        due.add(flight);
      }
    }
    if (due.isEmpty()) {
      reconcileAfter = unsure.stream().map(f -> f.unansweredAt.plus(options.reconcileSettle))
          .min(Instant::compareTo).orElse(now);
      return;
    }
    Instant from = due.stream().map(f -> f.startingAt).min(Instant::compareTo).get().minus(CLOCK_SKEW);
    List<Listed> candidates = new ArrayList<>();
    try {
      lister.since(from, task -> {
        for (Flight flight : due) {
          if (task.startedWith(flight.input)) {
            candidates.add(task);
            return;
          }
        }
      });
      readFailures = 0;
      answered(dialect.operation(BatchDialect.Call.LIST));
    } catch (BrowserActException e) {
      failed(e);
      reconcileAfter = now.plus(backoff(readFailures++));
      return;
    }
    // Tasks the journal gives to an input (an earlier attempt of this one included) are never adopted again.
    Set<String> taken = JournalState.taskIdsStartedSince(files.journalFile(), from.minus(CLOCK_SKEW));
    for (Flight flight : due) {
      unsure.remove(flight);
      Listed match = null;
      for (Listed task : candidates) {
        if (!taken.contains(task.id) && task.startedWith(flight.input)
            && (task.createdAt == null || !task.createdAt.isBefore(flight.startingAt.minus(CLOCK_SKEW)))) {
          match = task;
          break;
        }
      }
      if (match != null) {
        taken.add(match.id);
        adopt(flight, match.id, true);
      } else {
        files.journal.append(JournalRecord.absent(flight.input, flight.attempt));
        again.addFirst(new Flight(flight.input, flight.attempt, null));
      }
    }
    reconcileAfter = now;
  }

  /**
   * One look at the running tasks: a list request (and its next pages) since the oldest of them was created, and
   * by id for tasks never listed. A task running far longer than the others is asked for by id now and then
   * instead, so that it does not widen every list to all the tasks created since it began.
   */
  private void watch() throws IOException {
    Instant now = clock.instant();
    lastLook = now;
    Set<String> hinted = new HashSet<>();
    flights.values().stream().filter(f -> f.freed).forEach(f -> hinted.add(f.taskId));
    Duration stragglerAge = schedule.stragglerAge();
    Instant from = null;
    List<Flight> stragglers = new ArrayList<>();
    for (Flight flight : flights.values()) {
      Instant since = flight.createdAt != null ? flight.createdAt : flight.startingAt.minus(CLOCK_SKEW);
      if (stragglerAge != null && Duration.between(flight.startingAt, now).compareTo(stragglerAge) > 0) {
        stragglers.add(flight);
        continue;
      }
      from = from == null || since.isBefore(from) ? since : from;
    }
    Set<String> seen = new HashSet<>();
    List<Flight> ended = new ArrayList<>();
    if (from != null) {
      try {
        lister.since(from, task -> {
          Flight flight = flights.get(task.id);
          if (flight != null) {
            seen.add(task.id);
            if (task.createdAt != null) {
              flight.createdAt = task.createdAt;
            }
            if (task.ended) {
              flight.end = task.end;
              ended.add(flight);
            }
          }
        });
        readFailures = 0;
        answered(dialect.operation(BatchDialect.Call.LIST));
      } catch (BrowserActException e) {
        failed(e);
        nextWatch = clock.instant().plus(backoff(readFailures++));
        return;
      }
    }
    for (Flight flight : ended) {
      if (flight.end != null) {
        end(flight, flight.end);
      } else {
        lookUp(flight); // a list item without the end's detail (v3): one read by id
      }
    }
    for (Flight flight : new ArrayList<>(flights.values())) {
      if (stragglers.contains(flight)) {
        if (!now.isBefore(flight.nextLookUp) || flight.freed) {
          flight.nextLookUp = now.plus(STRAGGLER_LOOKS);
          lookUp(flight);
        }
      } else if (!seen.contains(flight.taskId)) {
        flight.missedLists++;
        if (flight.missedLists >= 2 && Duration.between(flight.startingAt, now).compareTo(UNLISTED_AFTER) >= 0) {
          lookUp(flight);
        }
      }
    }
    if (!hinted.isEmpty()) {
      weighHints(hinted);
    }
    List<Instant> runningSince = new ArrayList<>();
    flights.values().stream().filter(f -> !stragglers.contains(f))
        .forEach(f -> runningSince.add(f.createdAt != null ? f.createdAt : f.startingAt));
    nextWatch = clock.instant().plus(nextLook(clock.instant(), runningSince));
  }

  /** The pause until the next look: with callbacks only the safety look, else what the pace of ends asks. */
  private Duration nextLook(Instant now, List<Instant> runningSince) {
    return inbox != null ? options.safetyLookInterval : schedule.next(now, runningSince, hasWork());
  }

  /**
   * Frees the slots of the running tasks a trusted callback said ended, so that {@link #fill} starts the next inputs
   * now, before any read. Reusing the slot unconfirmed is safe: the API itself refuses a start beyond the plan's
   * concurrency, a refusal creates no task, and the batch backs off on it ({@link AdaptiveLimit}); the start is the
   * confirmation of the slot. Only the callbacks that reached this batch's receiver for a task it started count
   * ({@link CallbackInbox} ignores other ids). The task's end (journal, result, listener) still waits for the API's
   * answer in a confirming look ({@link #confirmAt}); until then the journal holds it as started, so a crash leaves
   * it to the next run's look, as any running task.
   */
  private void freeHintedSlots(Instant now) {
    if (inbox == null || !inbox.due(now)) {
      return;
    }
    for (String id : inbox.take()) {
      Flight flight = flights.get(id);
      if (flight != null && !flight.freed) {
        flight.freed = true;
        freed++;
      }
    }
  }

  /**
   * When the look confirming the freed slots' ends comes: {@link #CONFIRM_EVERY} after the last look, or at once when
   * nothing is left to start and every running task is freed (the final look). Null when none is needed, or while
   * reading fails (the look's own back-off then paces the next).
   */
  private Instant confirmAt() {
    if (freed == 0 || readFailures > 0) {
      return null;
    }
    return !hasWork() && freed == flights.size() ? lastLook : lastLook.plus(CONFIRM_EVERY);
  }

  private boolean confirmDue(Instant now) {
    Instant at = confirmAt();
    return at != null && !now.isBefore(at);
  }

  /**
   * What the look (and the look-ups of hinted stragglers) made of the tasks whose slots callbacks freed: one still
   * followed was not seen ending (still running, or not listed yet), a false alarm: it takes its slot back (the batch
   * may run one over its limit until a task ends: the API refuses the excess starts) and callbacks are trusted again
   * only after a growing wait. When all ended, callbacks are trusted at once again.
   */
  private void weighHints(Set<String> hinted) {
    boolean falseAlarm = false;
    for (String id : hinted) {
      Flight flight = flights.get(id);
      if (flight != null && flight.freed) {
        flight.freed = false;
        freed--;
        falseAlarm = true;
      }
    }
    if (falseAlarm) {
      inbox.falseAlarm(clock.instant());
    } else {
      inbox.confirmed();
    }
  }

  /** A task asked for by id. One the API no longer knows has ended for the batch: it cannot be waited for. */
  private void lookUp(Flight flight) throws IOException {
    try {
      requests.incrementAndGet();
      if (dialect.ended(api(), flight.taskId)) {
        requests.incrementAndGet();
        end(flight, dialect.end(api(), flight.taskId));
        answered(dialect.operation(BatchDialect.Call.DETAIL));
      } else {
        flight.missedLists = 0;
        answered(dialect.operation(BatchDialect.Call.STATUS));
      }
    } catch (BrowserActException e) {
      if (e.kind() != ErrorKind.FIX_TARGET) {
        failed(e);
        return;
      }
      answered(null);
      end(flight, TaskEnd.lost((ApiException) e));
    }
  }

  private void end(Flight flight, TaskEnd ended) throws IOException {
    boolean retry = "failed".equals(ended.status) && !ended.lost && flight.attempt <= options.retryFailed;
    JournalRecord record = JournalRecord.ended(flight.input, flight.attempt, flight.taskId, ended, !retry);
    if (!retry && options.downloadDir != null && "finished".equals(ended.status) && ended.hasFiles) {
      new Downloads(client, dialect, options.downloadDir, requests).into(flight.taskId, record);
    }
    checkpoints.at(Checkpoints.Point.BEFORE_ENDED, flight.input);
    files.journal.append(record);
    flights.remove(flight.taskId);
    if (flight.freed) {
      flight.freed = false;
      freed--;
    }
    if (inbox != null) {
      inbox.ended(flight.taskId);
    }
    counters.running = flights.size();
    schedule.ended(clock.instant(), ended.ran);
    if (retry) {
      again.addFirst(new Flight(flight.input, flight.attempt + 1, null));
      return;
    }
    checkpoints.at(Checkpoints.Point.BEFORE_RESULT, flight.input);
    count(ended);
    writeResult(new BatchResult(flight.input, record.fields));
  }

  private void count(TaskEnd ended) {
    switch (ended.status) {
      case "finished":
        counters.finished++;
        break;
      case "failed":
        counters.failed++;
        break;
      default:
        counters.canceled++;
        break;
    }
    counters.credits += ended.credits == null ? 0 : ended.credits;
  }

  private void writeResult(BatchResult result) throws IOException {
    if (files.results != null) {
      files.results.write(result);
    }
    listener.onResult(result);
  }

  /** Cancelled with stop-on-cancel: stop every running task, then record the ends one look can see. */
  private void stopRunning() throws IOException {
    for (Flight flight : new ArrayList<>(flights.values())) {
      try {
        requests.incrementAndGet();
        dialect.cancel(client, flight.taskId);
      } catch (BrowserActException e) {
        listener.onTransientFailure(e);
      }
    }
    if (!flights.isEmpty()) {
      try {
        watch();
      } catch (FatalStop ignored) {
        // the tasks were asked to stop; those not seen ending stay in the journal for a rerun
      }
    }
  }
}
