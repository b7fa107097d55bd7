package com.browseract.client.batch;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * One task or run as a list answer shows it, in the engine's terms: which it is, when it was created, whether (and
 * how) it ended, and whether it was started with a given input. Each dialect makes these from its own list items.
 */
final class Listed {
  final String id;
  final Instant createdAt;
  final boolean ended;
  /** How it ended, when the list item says so in full; null for a run that ended but needs a read for its detail. */
  final TaskEnd end;
  private final Predicate<BatchInput> sameInput;

  Listed(String id, Instant createdAt, boolean ended, TaskEnd end, Predicate<BatchInput> sameInput) {
    this.id = id;
    this.createdAt = createdAt;
    this.ended = ended;
    this.end = end;
    this.sameInput = sameInput;
  }

  boolean startedWith(BatchInput input) {
    return sameInput.test(input);
  }
}
