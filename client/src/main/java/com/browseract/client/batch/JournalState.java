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
 * refused, awaiting a retry), and for ended inputs whose result line is missing.
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

  /** An input's last state. */
  static final class Open {
    final BatchInput input;
    final int attempt;
    final Instant startingAt;
    String type;
    String taskId;

    Open(BatchInput input, int attempt, Instant startingAt) {
      this.input = input;
      this.attempt = attempt;
      this.startingAt = startingAt;
      this.type = JournalRecord.STARTING;
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
      target = BatchTarget.fromJournal(record.fields);
      batchStart = record.at();
      return;
    }
    int position = BatchInput.positionOf(record.key());
    switch (record.type) {
      case JournalRecord.STARTING:
        open.put(position, new Open(inputOf(record, position), record.attempt(), record.at()));
        break;
      case JournalRecord.REFUSED:
      case JournalRecord.STARTED:
        Open last = open.get(position);
        if (last != null) {
          last.type = record.type;
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
          Object credits = record.fields.get("credits");
          this.credits += credits instanceof Number ? ((Number) credits).longValue() : 0;
          if (withResults && !resultLines.get(position)) {
            unwritten.set(position);
          }
        } else if (ended != null) {
          ended.type = JournalRecord.ENDED;
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

  @SuppressWarnings("unchecked")
  static BatchInput inputOf(JournalRecord record, int position) {
    Map<String, String> parameters = new LinkedHashMap<>();
    ((Map<String, Object>) record.fields.get("input")).forEach((name, value) -> parameters.put(name,
        String.valueOf(value)));
    return BatchInput.of(position, parameters);
  }

  /** A 64-bit mix of a key (position and content hash), summed over the inputs with a result. */
  static long mix(String key) {
    long position = BatchInput.positionOf(key);
    long content = Long.parseLong(key.substring(key.indexOf(':') + 1), 16);
    long mixed = content * 0x9E3779B97F4A7C15L ^ position * 0xC2B2AE3D27D4EB4FL;
    return mixed ^ mixed >>> 31;
  }
}
