package com.browseract.client.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.Map;

/**
 * The results file: a JSON line per input, appended as tasks end. It is a view of the journal: a line missing
 * after a crash (the journal had the end, the line was not written yet) is written again on the rerun.
 */
final class ResultsFile implements AutoCloseable {
  private final FileChannel channel;
  private final BitSet written;

  private ResultsFile(FileChannel channel, BitSet written) {
    this.channel = channel;
    this.written = written;
  }

  /** Opens the file (a new batch finds it empty or missing); a resumed batch keeps its complete lines. */
  static ResultsFile open(Path file, boolean newBatch) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ);
    TornLines.cut(channel);
    channel.position(channel.size());
    return new ResultsFile(channel, newBatch ? new BitSet() : positions(file));
  }

  /** Positions of the inputs that have a line: read from each line's {@code key}. */
  static BitSet positions(Path file) throws IOException {
    BitSet positions = new BitSet();
    if (!Files.exists(file)) {
      return positions;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          Map<String, Object> fields = Journal.RECORD.fromJson(line);
          Object key = fields == null ? null : fields.get("key");
          if (key instanceof String) {
            positions.set(BatchInput.positionOf((String) key));
          }
        }
      }
    }
    return positions;
  }

  boolean has(int position) {
    return written.get(position);
  }

  BitSet written() {
    return written;
  }

  /** Writes a result unless its input already has a line. */
  void write(BatchResult result) throws IOException {
    int position = result.input().position();
    if (written.get(position)) {
      return;
    }
    ByteBuffer buffer = ByteBuffer.wrap((result.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
    written.set(position);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
