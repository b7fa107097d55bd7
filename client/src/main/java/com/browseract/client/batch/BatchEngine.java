package com.browseract.client.batch;

import com.browseract.client.ApiException;
import com.browseract.client.BrowserAct;
import com.browseract.client.BrowserActException;
import com.browseract.client.ConcurrencyLimitException;
import com.browseract.client.RateLimitException;
import com.browseract.client.RunOptions;
import com.browseract.client.model.InputParameter;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.RunTemplateTaskRequest;
import com.browseract.client.model.StartedTask;
import com.browseract.client.model.TaskSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 */
final class BatchEngine {
  /** Tasks created this long before a start was journaled still count as possibly its own (clocks differ). */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
  /** A task the lists have not shown this long after its start is asked for by id. */
  static final Duration UNLISTED_AFTER = Duration.ofSeconds(30);
  /** How long the batch keeps trying to find out whether an unanswered start created a task. */
  static final Duration RECONCILE_PATIENCE = Duration.ofSeconds(60);
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final BrowserAct client;
  private final BatchTarget target;
  private final Iterable<BatchInput> inputs;
  private final BatchOptions options;
  private final Checkpoints checkpoints;
  private final Clock clock;
  private final Pause pause;
  private final BatchListener listener;
  private final BatchSummary.Counters counters = new BatchSummary.Counters();
  private final AtomicLong requests = new AtomicLong();
  private final TaskLister lister;
  private final AdaptiveLimit limit;
  private final WatchSchedule schedule;

  private final Map<String, Flight> flights = new LinkedHashMap<>();
  private final List<Flight> unsure = new ArrayList<>();
  private final Deque<Flight> again = new ArrayDeque<>();
  private JournalState state;
  private Journal journal;
  private ResultsFile results;
  private Iterator<BatchInput> fresh;
  private Instant began;
  private Instant nextWatch;
  private Instant startsAfter;
  private Instant reconcileAfter;
  private int startFailures;
  private int watchFailures;
  private double busySlotSeconds;
  private Instant lastTick;
  private volatile boolean cancelled;
  private volatile Instant startedAt;

  BatchEngine(BrowserAct client, BatchTarget target, Iterable<BatchInput> inputs, BatchOptions options,
      Checkpoints checkpoints) {
    this.client = client;
    this.target = target;
    this.inputs = inputs;
    this.options = options;
    this.checkpoints = checkpoints;
    this.clock = options.clock;
    this.pause = options.pause != null ? options.pause : Pause.system();
    this.listener = options.listener;
    this.lister = new TaskLister(client, target, requests);
    this.limit = new AdaptiveLimit(options.concurrency);
    this.schedule = new WatchSchedule(options.maxWatchInterval);
  }

  void cancel() {
    cancelled = true;
    pause.wake();
  }

  /** A snapshot, for progress displays. */
  BatchSummary progress() {
    counters.requests = requests.get();
    Instant since = startedAt;
    Duration wall = since == null ? Duration.ZERO : Duration.between(since, clock.instant());
    return new BatchSummary(counters, wall, utilisation(wall), limit.current(), false, cancelled, null);
  }

  BatchSummary run() throws IOException {
    began = clock.instant();
    startedAt = began;
    lastTick = began;
    try {
      open();
      return loop();
    } finally {
      closeFiles();
    }
  }

  private void open() throws IOException {
    java.util.BitSet resultLines = options.results == null ? new java.util.BitSet()
        : ResultsFile.positions(options.results);
    state = JournalState.load(options.journal, resultLines);
    boolean newBatch = state.target == null;
    if (!newBatch && !state.target.equals(target)) {
      throw new IllegalArgumentException("journal " + options.journal + " belongs to a batch of " + state.target
          + ", not " + target + ": use another journal file, or delete it to begin a new batch");
    }
    journal = Journal.open(options.journal);
    results = options.results == null ? null : ResultsFile.open(options.results, newBatch);
    if (newBatch) {
      Map<String, Object> header = new LinkedHashMap<>();
      header.put(target.isTemplate() ? "templateId" : "workflowId", target.id());
      header.put("at", began.toString());
      header.put("version", 1);
      journal.append(JournalRecord.BATCH, header);
      state.batchStart = began;
    }
    for (BatchResult unwritten : state.unwritten) {
      writeResult(unwritten);
    }
    counters.finished = state.endedByStatus.getOrDefault("finished", 0);
    counters.failed = state.endedByStatus.getOrDefault("failed", 0);
    counters.canceled = state.endedByStatus.getOrDefault("canceled", 0);
    counters.credits = state.credits;
    resumeOpenInputs();
    fresh = inputs.iterator();
    nextWatch = began;
    startsAfter = began;
    reconcileAfter = began;
  }

  /** Inputs an earlier run left open: waited for, reconciled, or started again. */
  private void resumeOpenInputs() {
    for (JournalState.Open open : state.open.values()) {
      Flight flight = new Flight(open.input, open.attempt, open.startingAt);
      switch (open.type) {
        case JournalRecord.STARTED:
          flight.taskId = open.taskId;
          flights.put(open.taskId, flight);
          break;
        case JournalRecord.STARTING:
          unsure.add(flight);
          break;
        case JournalRecord.ENDED:
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
    Instant deadline = options.timeout == null ? null : began.plus(options.timeout);
    RuntimeException stoppedBy = null;
    boolean timedOut = false;
    while (true) {
      Instant now = tick();
      if (cancelled) {
        break;
      }
      if (deadline != null && !now.isBefore(deadline)) {
        timedOut = true;
        break;
      }
      try {
        if (!unsure.isEmpty() && !now.isBefore(reconcileAfter)) {
          reconcile(now);
        }
        fill();
        if (!flights.isEmpty() && !clock.instant().isBefore(nextWatch)) {
          watch();
        }
        if (isOver()) {
          break;
        }
      } catch (FatalStop stop) {
        stoppedBy = stop.failure;
        break;
      }
      pauseUntilNextAction(deadline);
    }
    if (cancelled && options.stopOnCancel) {
      stopRunning();
    }
    countTheRest();
    counters.running = flights.size();
    counters.requests = requests.get();
    Duration wall = Duration.between(began, tick());
    return new BatchSummary(counters, wall, utilisation(wall), limit.current(), timedOut, cancelled, stoppedBy);
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

  private Instant tick() {
    Instant now = clock.instant();
    busySlotSeconds += flights.size() * Duration.between(lastTick, now).toMillis() / 1000.0;
    lastTick = now;
    return now;
  }

  private double utilisation(Duration wall) {
    double slotSeconds = options.concurrency * wall.toMillis() / 1000.0;
    return slotSeconds <= 0 ? 0 : Math.min(1, busySlotSeconds / slotSeconds);
  }

  private void pauseUntilNextAction(Instant deadline) {
    Instant now = clock.instant();
    Instant next = flights.isEmpty() ? now.plus(options.maxWatchInterval) : nextWatch;
    if (hasWork() && flights.size() + unsure.size() < limit.allowed(now)) {
      next = earliest(next, startsAfter);
    }
    if (hasWork() && flights.size() + unsure.size() == limit.current() && limit.current() < options.concurrency) {
      next = earliest(next, limit.probeAfter());
    }
    if (!unsure.isEmpty()) {
      next = earliest(next, reconcileAfter);
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

  /** Nothing running, nothing to start: the look that saw the last end ends the batch, without a pause. */
  private boolean isOver() {
    return flights.isEmpty() && unsure.isEmpty() && !hasWork();
  }

  private boolean hasWork() {
    return !again.isEmpty() || fresh.hasNext();
  }

  /** Starts tasks while slots are free and nothing asks to wait. */
  private void fill() throws IOException {
    while (!cancelled && hasWork() && !clock.instant().isBefore(startsAfter)
        && flights.size() + unsure.size() < limit.allowed(clock.instant())) {
      Flight next = again.isEmpty() ? nextFresh() : again.removeFirst();
      if (next != null) {
        start(next);
      }
    }
  }

  /** The next input not done or open in the journal, checked against what the journal recorded for it. */
  private Flight nextFresh() {
    BatchInput input = fresh.next();
    counters.total = Math.max(counters.total, input.position());
    if (!state.matches(input)) {
      throw new BatchInputException(input.line(), "input " + input.position() + " is not the one journal "
          + options.journal + " recorded at this position: the inputs changed since; restore them, or use a new "
          + "journal to run them as a new batch");
    }
    if (state.done.get(input.position()) || state.open.containsKey(input.position())) {
      return null;
    }
    return new Flight(input, 1, null);
  }

  private void start(Flight planned) throws IOException {
    BatchInput input = planned.input;
    checkpoints.at(Checkpoints.Point.BEFORE_STARTING, input);
    Flight flight = new Flight(input, planned.attempt, clock.instant());
    Map<String, Object> starting = record(flight);
    starting.put("at", flight.startingAt.toString());
    starting.put("input", input.parameters());
    journal.append(JournalRecord.STARTING, starting);
    checkpoints.at(Checkpoints.Point.BEFORE_REQUEST, input);
    StartedTask started;
    try {
      requests.incrementAndGet();
      started = send(input);
    } catch (ConcurrencyLimitException refused) {
      refuse(flight, refused, true);
      return;
    } catch (RateLimitException slowDown) {
      refuse(flight, slowDown, false);
      return;
    } catch (ApiException e) {
      if (e.statusCode() >= 500 || e instanceof com.browseract.client.InvalidResponseException) {
        unanswered(flight, e);
        return;
      }
      refuseForGood(flight, e);
      return;
    } catch (BrowserActException e) {
      unanswered(flight, e);
      return;
    }
    checkpoints.at(Checkpoints.Point.BEFORE_STARTED, input);
    startFailures = 0;
    adopt(flight, started.getId(), false);
    if (limit.started(flights.size() + unsure.size())) {
      listener.onConcurrencyChanged(limit.current());
    }
  }

  private StartedTask send(BatchInput input) {
    List<InputParameter> parameters = new ArrayList<>();
    input.parameters().forEach((name, value) -> parameters.add(new InputParameter().name(name).value(value)));
    if (target.isTemplate()) {
      return client.tasks().runTemplate(new RunTemplateTaskRequest().workflowTemplateId(target.id())
          .inputParameters(parameters), RunOptions.refusalsAtOnce());
    }
    return client.tasks().run(new RunTaskRequest().workflowId(target.id()).inputParameters(parameters),
        RunOptions.refusalsAtOnce());
  }

  private static Map<String, Object> record(Flight flight) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("key", flight.input.key());
    fields.put("attempt", flight.attempt);
    return fields;
  }

  /** The start was refused before anything was created: try the input again later. */
  private void refuse(Flight flight, ApiException refusal, boolean planLimit) throws IOException {
    Map<String, Object> refused = record(flight);
    refused.put("code", refusal.code());
    journal.append(JournalRecord.REFUSED, refused);
    again.addFirst(new Flight(flight.input, flight.attempt, null));
    Instant now = clock.instant();
    if (planLimit) {
      if (limit.refused(flights.size() + unsure.size(), now)) {
        listener.onConcurrencyChanged(limit.current());
      }
      startsAfter = flights.isEmpty() && unsure.isEmpty() ? limit.probeAfter() : now;
    } else {
      startsAfter = now.plus(refusal.retryAfter().orElse(backoff(startFailures++)));
    }
  }

  private void refuseForGood(Flight flight, ApiException refusal) throws IOException {
    Map<String, Object> refused = record(flight);
    refused.put("code", refusal.code());
    journal.append(JournalRecord.REFUSED, refused);
    throw new FatalStop(refusal);
  }

  /** No usable answer: a task may exist. Find out from the task list before starting the input again. */
  private void unanswered(Flight flight, BrowserActException failure) {
    listener.onTransientFailure(failure);
    unsure.add(flight);
    startsAfter = clock.instant().plus(backoff(startFailures++));
  }

  private static Duration backoff(int failures) {
    long millis = (long) (FIRST_BACKOFF.toMillis() * Math.pow(1.5, Math.min(failures, 10)));
    return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
  }

  private void adopt(Flight flight, String taskId, boolean adopted) throws IOException {
    Map<String, Object> started = record(flight);
    started.put("taskId", taskId);
    started.put("at", clock.instant().toString());
    if (adopted) {
      started.put("adopted", true);
    }
    journal.append(JournalRecord.STARTED, started);
    flight.taskId = taskId;
    flights.put(taskId, flight);
    counters.running = flights.size();
    listener.onStarted(flight.input, taskId, flight.attempt);
  }

  /**
   * Decides the unsure starts whose settle time has passed: a listed task with the same input, created after the
   * start was journaled and not known to the batch, is adopted; an input with none was not started and is queued
   * again. When the list cannot be read the batch keeps trying, then gives up on the input for this run.
   */
  private void reconcile(Instant now) throws IOException {
    List<Flight> due = new ArrayList<>();
    for (Flight flight : unsure) {
      if (!now.isBefore(flight.startingAt.plus(options.reconcileSettle))) {
        due.add(flight);
      }
    }
    if (due.isEmpty()) {
      reconcileAfter = unsure.stream().map(f -> f.startingAt.plus(options.reconcileSettle)).min(Instant::compareTo)
          .orElse(now);
      return;
    }
    Instant from = due.stream().map(f -> f.startingAt).min(Instant::compareTo).get().minus(CLOCK_SKEW);
    List<TaskSummary> listed;
    try {
      listed = lister.since(from);
    } catch (BrowserActException e) {
      failedRead(e);
      for (Flight flight : due) {
        if (now.isAfter(flight.startingAt.plus(options.reconcileSettle).plus(RECONCILE_PATIENCE))) {
          unsure.remove(flight);
          counters.unresolved++;
          listener.onUnresolved(flight.input, "the API did not answer its start, and the task list could not be "
              + "read to find out whether a task was created: " + e.getMessage());
        }
      }
      reconcileAfter = now.plus(backoff(watchFailures++));
      return;
    }
    // Tasks the journal gives to an input (an earlier attempt of this one included) are never adopted again.
    Set<String> taken = JournalState.taskIdsStartedSince(options.journal, from);
    for (Flight flight : due) {
      unsure.remove(flight);
      TaskSummary match = null;
      for (TaskSummary task : listed) {
        if (!taken.contains(task.getId()) && InputMatch.matches(task.getInputParameters(), flight.input)
            && (task.getCreatedAt() == null
                || !task.getCreatedAt().toInstant().isBefore(flight.startingAt.minus(CLOCK_SKEW)))) {
          match = task;
          break;
        }
      }
      if (match != null) {
        taken.add(match.getId());
        adopt(flight, match.getId(), true);
      } else {
        Map<String, Object> absent = record(flight);
        absent.put("reason", "absent");
        journal.append(JournalRecord.REFUSED, absent);
        again.addFirst(new Flight(flight.input, flight.attempt, null));
      }
    }
    reconcileAfter = now;
  }

  /** One look at every running task: a list request (and its next pages), and by id for tasks never listed. */
  private void watch() throws IOException {
    Instant now = clock.instant();
    Instant from = null;
    for (Flight flight : flights.values()) {
      Instant since = flight.createdAt != null ? flight.createdAt : flight.startingAt.minus(CLOCK_SKEW);
      from = from == null || since.isBefore(from) ? since : from;
    }
    List<TaskSummary> listed;
    try {
      listed = lister.since(from);
      watchFailures = 0;
    } catch (BrowserActException e) {
      failedRead(e);
      nextWatch = clock.instant().plus(backoff(watchFailures++));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (TaskSummary task : listed) {
      Flight flight = flights.get(task.getId());
      if (flight == null) {
        continue;
      }
      seen.add(task.getId());
      if (task.getCreatedAt() != null) {
        flight.createdAt = task.getCreatedAt().toInstant();
      }
      if (TaskEnd.isEnd(task.getStatus())) {
        end(flight, TaskEnd.of(task));
      }
    }
    for (Flight flight : new ArrayList<>(flights.values())) {
      if (!seen.contains(flight.taskId) && flight.startingAt.isBefore(now)) {
        flight.missedLists++;
        if (flight.missedLists >= 2 && Duration.between(flight.startingAt, now).compareTo(UNLISTED_AFTER) >= 0) {
          lookUp(flight);
        }
      }
    }
    List<Instant> runningSince = new ArrayList<>();
    flights.values().forEach(f -> runningSince.add(f.createdAt != null ? f.createdAt : f.startingAt));
    nextWatch = clock.instant().plus(schedule.next(clock.instant(), runningSince));
  }

  private void failedRead(BrowserActException e) {
    if (e instanceof ApiException && isFatal((ApiException) e)) {
      throw new FatalStop(e);
    }
    listener.onTransientFailure(e);
  }

  private static boolean isFatal(ApiException e) {
    int status = e.statusCode();
    return status == 401 || status == 403;
  }

  /** A task the lists do not show: asked for by id. */
  private void lookUp(Flight flight) throws IOException {
    try {
      requests.incrementAndGet();
      if (TaskEnd.isEnd(client.tasks().status(flight.taskId))) {
        requests.incrementAndGet();
        end(flight, TaskEnd.of(client.tasks().get(flight.taskId)));
      } else {
        flight.missedLists = 0;
      }
    } catch (BrowserActException e) {
      failedRead(e);
    }
  }

  private void end(Flight flight, TaskEnd ended) throws IOException {
    boolean retry = "failed".equals(ended.status) && flight.attempt <= options.retryFailed;
    Map<String, Object> fields = record(flight);
    fields.put("taskId", flight.taskId);
    fields.put("status", ended.status);
    fields.put("final", !retry);
    fields.put("output", ended.output);
    fields.put("credits", ended.credits);
    fields.put("failureCode", ended.failureCode);
    fields.put("failureMessage", ended.failureMessage);
    if (!retry && options.downloadDir != null && "finished".equals(ended.status) && ended.hasFiles) {
      new Downloads(client, options.downloadDir, requests).into(flight.taskId, fields);
    }
    checkpoints.at(Checkpoints.Point.BEFORE_ENDED, flight.input);
    journal.append(JournalRecord.ENDED, fields);
    flights.remove(flight.taskId);
    counters.running = flights.size();
    schedule.ended(clock.instant(), ended.ran);
    if (retry) {
      again.addFirst(new Flight(flight.input, flight.attempt + 1, null));
      return;
    }
    checkpoints.at(Checkpoints.Point.BEFORE_RESULT, flight.input);
    count(ended);
    writeResult(new BatchResult(flight.input, fields));
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
    if (results != null) {
      results.write(result);
    }
    listener.onResult(result);
  }

  /** Cancelled with stop-on-cancel: stop every running task, then record the ends one look can see. */
  private void stopRunning() throws IOException {
    for (Flight flight : new ArrayList<>(flights.values())) {
      try {
        requests.incrementAndGet();
        client.tasks().stop(flight.taskId);
      } catch (BrowserActException e) {
        listener.onTransientFailure(e);
      }
    }
    if (!flights.isEmpty()) {
      try {
        watch();
      } catch (FatalStop | UncheckedIOException ignored) {
        // the tasks were asked to stop; those not seen ending stay in the journal for a rerun
      }
    }
  }

  private void closeFiles() throws IOException {
    try {
      if (journal != null) {
        journal.close();
      }
    } finally {
      if (results != null) {
        results.close();
      }
    }
  }
}
