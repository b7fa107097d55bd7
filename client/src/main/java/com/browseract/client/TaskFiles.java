package com.browseract.client;

import com.browseract.client.model.TaskFile;
import com.browseract.client.model.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads the files a task produced ({@code download_files}) through their pre-signed links.
 *
 * <p>Links expire: an expired one is refused before any request, with advice to read the task again for
 * fresh links. Files stream to disk; the API key is never sent to the download hosts.
 */
public final class TaskFiles {
  private final OkHttpClient http;
  private final Clock clock;

  TaskFiles(OkHttpClient http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /**
   * Downloads every file of a task into a directory, creating it if needed. Existing files of the same name
   * are replaced.
   *
   * @param task the task, as read by {@link Tasks#get(String)}
   * @param directory where to put the files
   * @return the written files, in the task's order
   * @throws BrowserActException when a link has expired, is missing, or a download fails
   */
  public List<Path> download(Task task, Path directory) {
    Validation.requireNonNull("task", task);
    Validation.requireNonNull("directory", directory);
    List<TaskFile> files = task.getDownloadFiles() == null ? List.of() : task.getDownloadFiles();
    for (TaskFile file : files) {
      checkDownloadable(task, file);
    }
    List<Path> written = new ArrayList<>();
    for (TaskFile file : files) {
      try {
        Files.createDirectories(directory);
        written.add(fetch(file, directory.resolve(safeName(file))));
      } catch (IOException e) {
        throw new DownloadException(task.getId(), safeName(file), written, "Downloading " + safeName(file)
            + " of task " + task.getId() + " failed: " + e + " (" + written.size() + " file(s) written before)", e);
      }
    }
    return written;
  }

  private void checkDownloadable(Task task, TaskFile file) {
    if (file.getDownloadUrl() == null || file.getDownloadUrl().isBlank()) {
      throw new DownloadException(task.getId(), safeName(file), List.of(), "File " + safeName(file) + " of task "
          + task.getId() + " has no download link yet (status " + file.getStatus() + ")", null);
    }
    Long expires = file.getExpiresAt() != null ? file.getExpiresAt() : task.getFilesExpiresAt();
    if (expires != null && !Json.epochToInstant(expires).isAfter(Instant.now(clock))) {
      throw new DownloadException(task.getId(), safeName(file), List.of(), "The download link of " + safeName(file)
          + " (task " + task.getId() + ") expired at " + Json.epochToInstant(expires)
          + "; read the task again for fresh links", null);
    }
  }

  private Path fetch(TaskFile file, Path target) throws IOException {
    Request request = new Request.Builder().url(file.getDownloadUrl()).get().build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code() + " for " + safeName(file));
      }
      Path partial = target.resolveSibling(target.getFileName() + ".part");
      Files.copy(body.byteStream(), partial, StandardCopyOption.REPLACE_EXISTING);
      return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Only the last path segment of the name is used, so a name cannot write outside the directory. */
  static String safeName(TaskFile file) {
    String name = file.getFileName() == null ? "" : file.getFileName().replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).trim();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = file.getGuid() == null ? "file" : file.getGuid();
    }
    return name;
  }
}
