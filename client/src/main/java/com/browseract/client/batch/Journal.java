package com.browseract.client.batch;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The batch's only state: an append-only JSON Lines file, each record written and synced to the disk before what
 * it announces is done. A line cut short by a crash (the last one, without its newline) is dropped on opening.
 */
final class Journal implements AutoCloseable {
  static final JsonAdapter<Map<String, Object>> RECORD =
      new Moshi.Builder().build().<Map<String, Object>>adapter(
          Types.newParameterizedType(Map.class, String.class, Object.class)).serializeNulls();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private Journal(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Opens the journal for appending, first cutting off a torn last line. Holds an exclusive lock on it until
   * closed: two runs of one batch at once would both start its inputs.
   *
   * @throws IllegalStateException when another run (in this process or another) holds the journal
   */
  static Journal open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException("journal " + file + " is in use by another run of this batch; wait for it "
          + "to end (two runs at once would start the same inputs)");
    }
    TornLines.cut(channel);
    channel.position(channel.size());
    return new Journal(file, channel, lock);
  }

  /** Reads every complete record in order. */
  static void replay(Path file, Consumer<JournalRecord> each) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> fields;
        try {
          fields = RECORD.fromJson(line);
        } catch (IOException | RuntimeException e) {
          throw new IOException("journal " + file + " line " + number + " is not a record: " + e.getMessage(), e);
        }
        if (fields == null || !(fields.get("type") instanceof String)) {
          throw new IOException("journal " + file + " line " + number + " has no type");
        }
        each.accept(new JournalRecord((String) fields.get("type"), fields));
      }
    }
  }

  /** Appends one record and syncs it to the disk before returning. */
  void append(JournalRecord record) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("type", record.type);
    line.putAll(record.fields);
    byte[] bytes = (RECORD.toJson(line) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
  }

  Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
