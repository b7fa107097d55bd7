package com.browseract.client.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Cuts a file back to its last complete line: what a process killed in the middle of a write leaves behind. */
final class TornLines {
  private TornLines() {
  }

  static void cut(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      cut(channel);
    }
  }

  static void cut(FileChannel channel) throws IOException {
    long size = channel.size();
    long end = size;
    ByteBuffer one = ByteBuffer.allocate(1);
    while (end > 0) {
      one.clear();
      channel.read(one, end - 1);
      if (one.get(0) == '\n') {
        break;
      }
      end--;
    }
    if (end < size) {
      channel.truncate(end);
      channel.force(false);
    }
  }
}
