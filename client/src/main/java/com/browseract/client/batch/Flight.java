package com.browseract.client.batch;

import java.time.Instant;

/** One attempt of one input: started (its task id known), or sent without a usable answer (task id null). */
final class Flight {
  final BatchInput input;
  final int attempt;
  /** When the start was journaled: tasks created before it (less the clock skew allowed) cannot be this one's. */
  final Instant startingAt;
  String taskId;
  /** When the API says the task was created, once a list has shown it. */
  Instant createdAt;
  /** Lists that did not show the task although it was started before they were sent. */
  int missedLists;
  /** When its start failed without a usable answer (null while it has one). */
  Instant unansweredAt;
  /** True for a start an earlier run sent and died before recording its answer: no sign that the API is down. */
  boolean fromEarlierRun;
  /** How it ended, once a look saw it. */
  TaskEnd end;
  /**
   * True once a callback said the task ended and its slot went to the next input: the task stays followed until a
   * look confirms its end (or finds it running: a false alarm, and it takes its slot back).
   */
  boolean freed;
  /** When a task running far longer than the others is next asked for by id. */
  Instant nextLookUp = Instant.MIN;

  Flight(BatchInput input, int attempt, Instant startingAt) {
    this.input = input;
    this.attempt = attempt;
    this.startingAt = startingAt;
  }

  @Override
  public String toString() {
    return "Flight{" + input.key() + " #" + attempt + ", task " + taskId + "}";
  }
}
