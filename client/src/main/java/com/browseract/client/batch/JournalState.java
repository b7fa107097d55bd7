package com.browseract.client.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a journal says, read back: the batch's target and start, and each input's last state. Kept small: a bit
 * per input with a result and one digest of their keys, full records only for inputs still open (in flight,
 * refused, awaiting a retry), and for ended inputs whose result line is missing. It also decides whether a run
 * may resume it ({@link #checkSameInputs}) and which inputs it still has to start ({@link #known}).
 */
final class JournalState {
  BatchTarget target;
  Instant batchStart;
  final BitSet done = new BitSet();
  /** The last record of each input that has not ended for good, with its input from the starting record. */
  final Map<Integer, Open> open = new LinkedHashMap<>();
  /** Inputs with a result in the journal but no line in the results file (a crash came between the two). */
  final BitSet unwritten = new BitSet();
  final Map<String, Integer> endedByStatus = new HashMap<>();
  long credits;
  /** The sum of {@link #mix} over the keys of the inputs with a result: enough to tell whether they changed. */
  long doneDigest;

  /** Where an open input stopped: what a resume does with it. */
  enum Stage {
    /** The start was journaled, its answer was not: a task may exist. */
    STARTING,
    /** Refused, or found absent: nothing was created; start it again. */
    REFUSED,
    /** Its task is known and was not seen ending. */
    STARTED,
    /** Its task failed and is to be retried. */
    ENDED
  }

  /** An input's last state. */
  static final class Open {
    final BatchInput input;
    final int attempt;
    final Instant startingAt;
    Stage stage = Stage.STARTING;
    String taskId;

    Open(BatchInput input, int attempt, Instant startingAt) {
      this.input = input;
      this.attempt = attempt;
      this.startingAt = startingAt;
    }
  }

  /** @return the finished, failed or canceled inputs the journal holds, by that status */
  int ended(String status) {
    return endedByStatus.getOrDefault(status, 0);
  }

  /** @return true when the input at {@code position} has a result or is open: a run does not start it anew */
  boolean known(int position) {
    return done.get(position) || open.containsKey(position);
  }

  /**
   * Refuses to resume over other inputs: an open input must have the key the journal recorded, and the inputs
   * with a result must add up to the journal's digest of theirs (one pass, nothing kept per input).
   *
   * @param journal the journal's file, for the messages
   * @throws BatchInputException naming an open input that changed
   * @throws IllegalArgumentException when inputs with a result changed, moved or are missing
   */
  void checkSameInputs(Iterable<BatchInput> inputs, Path journal) {
    long digest = 0;
    for (BatchInput input : inputs) {
      int position = input.position();
      if (done.get(position)) {
        digest += mix(input.key());
      }
      Open last = open.get(position);
      if (last != null && !last.input.key().equals(input.key())) {
        throw new BatchInputException(input.line(), "input " + position + " is not the one journal "
            + journal + " recorded at this position: the inputs changed since; restore them, or use a "
            + "new journal to run them as a new batch");
      }
    }
    if (digest != doneDigest) {
      throw new IllegalArgumentException("the inputs are not those whose results journal " + journal
          + " holds (some changed, moved or are missing): restore them, or use a new journal to run them as a "
          + "new batch");
    }
  }

  /**
   * @param resultLines the inputs that have a line in the results file
   * @param withResults false when the batch keeps no results file: nothing is then marked unwritten
   */
  static JournalState load(Path journal, BitSet resultLines, boolean withResults) throws IOException {
    JournalState state = new JournalState();
    Journal.replay(journal, record -> state.apply(record, resultLines, withResults));
    return state;
  }

  private void apply(JournalRecord record, BitSet resultLines, boolean withResults) {
    if (JournalRecord.BATCH.equals(record.type)) {
      target = record.target();
      batchStart = record.at();
      return;
    }
    int position = BatchInput.positionOf(record.key());
    switch (record.type) {
      case JournalRecord.STARTING:
        open.put(position, new Open(record.input(position), record.attempt(), record.at()));
        break;
      case JournalRecord.REFUSED:
      case JournalRecord.STARTED:
        Open last = open.get(position);
        if (last != null) {
          last.stage = JournalRecord.STARTED.equals(record.type) ? Stage.STARTED : Stage.REFUSED;
          last.taskId = record.taskId();
        }
        break;
      case JournalRecord.ENDED:
        Open ended = open.get(position);
        if (record.isFinal()) {
          done.set(position);
          doneDigest += mix(record.key());
          open.remove(position);
          endedByStatus.merge(record.status(), 1, Integer::sum);
          credits += record.credits();
          if (withResults && !resultLines.get(position)) {
            unwritten.set(position);
          }
        } else if (ended != null) {
          ended.stage = Stage.ENDED;
        }
        break;
      default:
        break;
    }
  }

  /** Ids of the tasks the journal's {@code started} records name, those recorded at or after {@code from}. */
  static Set<String> taskIdsStartedSince(Path journal, Instant from) throws IOException {
    Set<String> ids = new HashSet<>();
    Journal.replay(journal, record -> {
      if (JournalRecord.STARTED.equals(record.type) && (record.at() == null || !record.at().isBefore(from))) {
        ids.add(record.taskId());
      }
    });
    return ids;
  }

  /** A 64-bit mix of a key (position and content hash), summed over the inputs with a result. */
  static long mix(String key) {
    long position = BatchInput.positionOf(key);
    long content = Long.parseLong(key.substring(key.indexOf(':') + 1), 16);
    long mixed = content * 0x9E3779B97F4A7C15L ^ position * 0xC2B2AE3D27D4EB4FL;
    return mixed ^ mixed >>> 31;
  }
}
