package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import com.browseract.client.DownloadedFile;
import com.browseract.client.errors.BrowserActException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downloads a finished task's files into a folder named after the task, before its end is journaled. The folder is
 * the task's own, so a rerun after a crash overwrites what it had begun to download.
 */
final class Downloads {
  private final BrowserAct client;
  private final Path directory;
  private final AtomicLong requests;
  private final BatchDialect dialect;

  Downloads(BrowserAct client, BatchDialect dialect, Path directory, AtomicLong requests) {
    this.client = client;
    this.dialect = dialect;
    this.directory = directory;
    this.requests = requests;
  }

  /** Adds {@code files} (local paths) or {@code downloadError} to the ended record's fields. */
  void into(String taskId, Map<String, Object> fields) {
    try {
      requests.incrementAndGet();
      List<String> paths = new ArrayList<>();
      for (DownloadedFile file : dialect.download(client, taskId, directory.resolve(taskId))) {
        paths.add(file.path().toString());
      }
      fields.put("files", paths);
    } catch (BrowserActException | java.io.UncheckedIOException e) {
      fields.put("files", new ArrayList<>());
      fields.put("downloadError", e.getMessage());
    }
  }
}
