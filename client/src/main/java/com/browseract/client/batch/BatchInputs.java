package com.browseract.client.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads the inputs of a batch from a file, lazily: each iteration reads the file again from the start, so that
 * 100,000 inputs are never held in memory. Two formats:
 * <ul>
 *   <li>CSV: a header row of input parameter names, then one row per input (RFC 4180 quoting);</li>
 *   <li>JSON Lines: one object of name → value per line; numbers and booleans become their text, arrays and
 *       objects their compact JSON.</li>
 * </ul>
 * Blank lines are skipped. A malformed line fails the iteration with a {@link BatchInputException} naming it;
 * {@link Batches#check} reads everything once before a batch starts.
 */
public final class BatchInputs {
  private BatchInputs() {
  }

  /**
   * Inputs from a file, by its extension: {@code .csv} is CSV, anything else JSON Lines.
   *
   * @param file the inputs
   * @return the inputs, read when iterated
   */
  public static Iterable<BatchInput> fromFile(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(file) : jsonLines(file);
  }

  /**
   * @param file a CSV file with a header row
   * @return the inputs, read when iterated
   */
  public static Iterable<BatchInput> csv(Path file) {
    return () -> new LineSource(file, CsvInputs::new);
  }

  /**
   * @param file a JSON Lines file
   * @return the inputs, read when iterated
   */
  public static Iterable<BatchInput> jsonLines(Path file) {
    return () -> new LineSource(file, JsonLineInputs::new);
  }

  /** Turns lines into inputs; null while the lines read so far make no input yet (a header, a blank line). */
  interface Parser {
    BatchInput next(BufferedReader reader) throws IOException;
  }

  /** An iterator over one reading of the file. */
  private static final class LineSource implements Iterator<BatchInput> {
    private final BufferedReader reader;
    private final Parser parser;
    private BatchInput next;
    private boolean done;

    LineSource(Path file, java.util.function.Supplier<Parser> parser) {
      try {
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read inputs " + file + ": " + e.getMessage(), e);
      }
      this.parser = parser.get();
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = parser.next(reader);
          if (next == null) {
            done = true;
            reader.close();
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read inputs: " + e.getMessage(), e);
        } catch (RuntimeException e) {
          closeQuietly();
          throw e;
        }
      }
      return next != null;
    }

    @Override
    public BatchInput next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      BatchInput input = next;
      next = null;
      return input;
    }

    private void closeQuietly() {
      done = true;
      try {
        reader.close();
      } catch (IOException ignored) {
        // the parse error that brought us here is what the caller needs to see
      }
    }
  }
}
