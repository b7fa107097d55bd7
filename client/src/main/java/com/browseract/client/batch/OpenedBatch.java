package com.browseract.client.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A batch's files, opened for a run: the journal (locked, so that a second run of the same batch cannot start the
 * same inputs), what it says, and the results file repaired from it. A line torn by a crash is cut from both files
 * before anything is read.
 */
final class OpenedBatch implements AutoCloseable {
  final Journal journal;
  final JournalState state;
  final ResultsFile results;
  final boolean isNew;

  private OpenedBatch(Journal journal, JournalState state, ResultsFile results, boolean isNew) {
    this.journal = journal;
    this.state = state;
    this.results = results;
    this.isNew = isNew;
  }

  static OpenedBatch open(BatchTarget target, BatchOptions options, Instant now) throws IOException {
    Journal journal = Journal.open(options.journal);
    try {
      if (options.results != null && Files.exists(options.results)) {
        TornLines.cut(options.results);
      }
      java.util.BitSet resultLines = options.results == null ? new java.util.BitSet()
          : ResultsFile.positions(options.results);
      JournalState state = JournalState.load(options.journal, resultLines, options.results != null);
      boolean isNew = state.target == null;
      if (!isNew && !state.target.equals(target)) {
        throw new IllegalArgumentException("journal " + options.journal + " belongs to a batch of " + state.target
            + ", not " + target + ": use another journal file, or delete it to begin a new batch");
      }
      if (isNew && options.results != null && Files.exists(options.results) && Files.size(options.results) > 0) {
        throw new IllegalArgumentException("results file " + options.results + " already holds results, but journal "
            + options.journal + " does not exist: move the results away (or delete them) to begin a new batch, or "
            + "restore the journal to resume");
      }
      ResultsFile results = options.results == null ? null : ResultsFile.open(options.results, isNew);
      if (isNew) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put(target.kind().journalField, target.id());
        header.put("at", now.toString());
        header.put("version", 1);
        journal.append(JournalRecord.BATCH, header);
        state.batchStart = now;
      }
      return new OpenedBatch(journal, state, results, isNew);
    } catch (IOException | RuntimeException e) {
      journal.close();
      throw e;
    }
  }

  /** Writes the result lines a crash lost (the journal has their ends), reading the journal once more. */
  void writeLostResults(Consumer<BatchResult> listener) throws IOException {
    if (results == null || state.unwritten.isEmpty()) {
      return;
    }
    Map<Integer, BatchInput> inputs = new LinkedHashMap<>();
    IOException[] failure = new IOException[1];
    Journal.replay(journal.file(), record -> {
      if (record.key() == null || failure[0] != null) {
        return;
      }
      int position = BatchInput.positionOf(record.key());
      if (!state.unwritten.get(position)) {
        return;
      }
      if (JournalRecord.STARTING.equals(record.type)) {
        inputs.put(position, JournalState.inputOf(record, position));
      } else if (JournalRecord.ENDED.equals(record.type) && record.isFinal() && inputs.containsKey(position)) {
        BatchResult result = new BatchResult(inputs.remove(position), record.fields);
        try {
          results.write(result);
        } catch (IOException e) {
          failure[0] = e;
          return;
        }
        listener.accept(result);
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  Path journalFile() {
    return journal.file();
  }

  @Override
  public void close() throws IOException {
    try {
      journal.close();
    } finally {
      if (results != null) {
        results.close();
      }
    }
  }
}
