package com.browseract.client;

import com.browseract.client.errors.DownloadException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
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
   * Downloads every file of a task into a directory, creating it if needed, without overwriting anything.
   *
   * @param task the task, as read by {@link Tasks#get(String)}
   * @param directory where to put the files
   * @return each file of the task and where it was written, in the task's order
   * @throws DownloadException when a link has expired or is missing (before anything is downloaded), or a
   *     download fails (the files written before it are kept)
   */
  public List<DownloadedFile> download(Task task, Path directory) {
    return download(task, directory, DownloadOptions.defaults());
  }

  /**
   * Downloads every file of a task into a directory, creating it if needed. Every file ends up under a distinct,
   * cleaned name (see {@link DownloadOptions}); a file is first written under a temporary name and moved in place
   * once complete, so a failed download leaves no partial file.
   *
   * @param task the task, as read by {@link Tasks#get(String)}
   * @param directory where to put the files
   * @param options whether existing files may be replaced
   * @return each file of the task and where it was written, in the task's order
   * @throws DownloadException when a link has expired or is missing (before anything is downloaded), or a
   *     download fails (the files written before it are kept and listed)
   */
  public List<DownloadedFile> download(Task task, Path directory, DownloadOptions options) {
    Validation.requireNonNull("task", task);
    Validation.requireNonNull("directory", directory);
    Validation.requireNonNull("options", options);
    List<TaskFile> files = task.getDownloadFiles() == null ? List.of() : task.getDownloadFiles();
    for (TaskFile file : files) {
      checkDownloadable(task, file);
    }
    FileNames names = new FileNames(directory, options.overwrites());
    List<DownloadedFile> written = new ArrayList<>();
    for (TaskFile file : files) {
      Path target;
      try {
        Files.createDirectories(directory);
        target = fetch(file, names);
      } catch (IOException e) {
        List<Path> kept = new ArrayList<>();
        written.forEach(done -> kept.add(done.path()));
        throw new DownloadException(task.getId(), displayName(file), kept, "Downloading " + displayName(file)
            + " of task " + task.getId() + " failed: " + e.getMessage() + "; " + kept.size()
            + " file(s) written before it are kept", e);
      }
      written.add(new DownloadedFile(file.getGuid(), file.getFileName(), target));
    }
    return written;
  }

  private void checkDownloadable(Task task, TaskFile file) {
    if (file.getDownloadUrl() == null || file.getDownloadUrl().isBlank()) {
      throw new DownloadException(task.getId(), displayName(file), List.of(), "File " + displayName(file) + " of task "
          + task.getId() + " has no download link yet (status " + file.getStatus() + ")", null);
    }
    Long expires = file.getExpiresAt() != null ? file.getExpiresAt() : task.getFilesExpiresAt();
    if (expires != null && !Json.epochToInstant(expires).isAfter(Instant.now(clock))) {
      throw new DownloadException(task.getId(), displayName(file), List.of(), "The download link of " + displayName(file)
          + " (task " + task.getId() + ") expired at " + Json.epochToInstant(expires)
          + "; read the task again for fresh links", null);
    }
  }

  /** Streams one file to a temporary name, then moves it to its own: never over another file, unless asked. */
  private Path fetch(TaskFile file, FileNames names) throws IOException {
    Path target = names.choose(file.getFileName(), file.getGuid());
    Request request = new Request.Builder().url(file.getDownloadUrl()).get().build();
    Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".browseract-", ".part");
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code() + " for " + displayName(file));
      }
      Files.copy(body.byteStream(), partial, StandardCopyOption.REPLACE_EXISTING);
      while (true) {
        try {
          return names.overwrites() ? Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING)
              : Files.move(partial, target);
        } catch (FileAlreadyExistsException appearedMeanwhile) {
          target = names.choose(file.getFileName(), file.getGuid());
        }
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  static String displayName(TaskFile file) {
    String clean = FileNames.clean(file.getFileName());
    return clean != null ? clean : file.getGuid() == null ? "file" : file.getGuid();
  }
}
