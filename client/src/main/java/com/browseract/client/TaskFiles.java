package com.browseract.client;

import com.browseract.client.errors.DownloadException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskFile;
import com.browseract.client.v3.model.OutputFile;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads the files a v2 task or a v3 run produced ({@code download_files}; v3's {@code output_files} by
 * format) through their pre-signed links.
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
    List<TaskFile> files = task.getDownloadFiles() == null ? List.of() : task.getDownloadFiles();
    List<RemoteFile> remote = new ArrayList<>();
    for (TaskFile file : files) {
      remote.add(new RemoteFile(file.getGuid(), file.getFileName(), file.getDownloadUrl(), file.getStatus(),
          file.getExpiresAt() != null ? file.getExpiresAt() : task.getFilesExpiresAt()));
    }
    return download("task", task.getId(), remote, directory, options);
  }

  /**
   * Downloads every file of a v3 run ({@code download_files}) into a directory, creating it if needed, without
   * overwriting anything; as {@link #download(Task, Path)}.
   *
   * @param run the run, as read by {@link Runs#get(String)} or a wait
   * @param directory where to put the files
   * @return each file of the run and where it was written, in the run's order
   * @throws DownloadException when a link has expired or is missing (before anything is downloaded), or a
   *     download fails (the files written before it are kept)
   */
  public List<DownloadedFile> download(Run run, Path directory) {
    return download(run, directory, DownloadOptions.defaults());
  }

  /**
   * Downloads every file of a v3 run ({@code download_files}); as {@link #download(Task, Path, DownloadOptions)}.
   *
   * @param run the run
   * @param directory where to put the files
   * @param options whether existing files may be replaced
   * @return each file of the run and where it was written, in the run's order
   */
  public List<DownloadedFile> download(Run run, Path directory, DownloadOptions options) {
    Validation.requireNonNull("run", run);
    List<RunFile> files = run.getDownloadFiles() == null ? List.of() : run.getDownloadFiles();
    List<RemoteFile> remote = new ArrayList<>();
    for (RunFile file : files) {
      remote.add(new RemoteFile(file.getGuid(), file.getFileName(), file.getDownloadUrl(), file.getStatus(),
          file.getExpiresAt() != null ? file.getExpiresAt() : run.getFilesExpiresAt()));
    }
    return download("run", run.getTaskId(), remote, directory, options);
  }

  /**
   * Downloads a v3 run's result file in one format ({@code output_files}: {@code json}, {@code md}, {@code csv},
   * {@code xml}) into a directory, creating it if needed, without overwriting anything.
   *
   * @param run the run
   * @param format the format's key in {@code output_files}
   * @param directory where to put the file
   * @return the file and where it was written
   * @throws IllegalArgumentException when the run has no result file in that format (the message lists those it
   *     has); nothing is downloaded
   * @throws DownloadException when the link has expired or the download fails
   */
  public DownloadedFile downloadOutput(Run run, String format, Path directory) {
    return downloadOutput(run, format, directory, DownloadOptions.defaults());
  }

  /**
   * As {@link #downloadOutput(Run, String, Path)}, replacing an existing file when {@code options} allow it.
   *
   * @param run the run
   * @param format the format's key in {@code output_files}
   * @param directory where to put the file
   * @param options whether an existing file may be replaced
   * @return the file and where it was written
   */
  public DownloadedFile downloadOutput(Run run, String format, Path directory, DownloadOptions options) {
    Validation.requireNonNull("run", run);
    Validation.requireId("format", format);
    Map<String, OutputFile> outputs = run.getOutputFiles() == null ? Map.of() : run.getOutputFiles();
    OutputFile file = outputs.get(format);
    if (file == null) {
      throw new IllegalArgumentException("run " + run.getTaskId() + " has no output file in format " + format
          + "; it has " + new TreeSet<>(outputs.keySet()));
    }
    RemoteFile remote = new RemoteFile(null, file.getFileName(), file.getDownloadUrl(), null,
        run.getFilesExpiresAt());
    return download("run", run.getTaskId(), List.of(remote), directory, options).get(0);
  }

  /** One file to fetch, whichever API listed it: the seam between v2's and v3's file lists and the download. */
  private static final class RemoteFile {
    final String guid;
    final String name;
    final String url;
    final String status;
    final Long expiresAt;

    RemoteFile(String guid, String name, String url, String status, Long expiresAt) {
      this.guid = guid;
      this.name = name;
      this.url = url;
      this.status = status;
      this.expiresAt = expiresAt;
    }

    String displayName() {
      String clean = FileNames.clean(name);
      return clean != null ? clean : guid == null ? "file" : guid;
    }
  }

  private List<DownloadedFile> download(String kind, String ownerId, List<RemoteFile> files, Path directory,
      DownloadOptions options) {
    Validation.requireNonNull("directory", directory);
    Validation.requireNonNull("options", options);
    for (RemoteFile file : files) {
      checkDownloadable(kind, ownerId, file);
    }
    FileNames names = new FileNames(directory, options.overwrites());
    List<DownloadedFile> written = new ArrayList<>();
    for (RemoteFile file : files) {
      Path target;
      try {
        Files.createDirectories(directory);
        target = fetch(file, names);
      } catch (IOException e) {
        List<Path> kept = new ArrayList<>();
        written.forEach(done -> kept.add(done.path()));
        throw new DownloadException(ownerId, file.displayName(), kept, "Downloading " + file.displayName()
            + " of " + kind + " " + ownerId + " failed: " + e.getMessage() + "; " + kept.size()
            + " file(s) written before it are kept", e);
      }
      written.add(new DownloadedFile(file.guid, file.name, target));
    }
    return written;
  }

  private void checkDownloadable(String kind, String ownerId, RemoteFile file) {
    if (file.url == null || file.url.isBlank()) {
      throw new DownloadException(ownerId, file.displayName(), List.of(), "File " + file.displayName() + " of "
          + kind + " " + ownerId + " has no download link yet (status " + file.status + ")", null);
    }
    Long expires = file.expiresAt;
    if (expires != null && !Json.epochToInstant(expires).isAfter(Instant.now(clock))) {
      throw new DownloadException(ownerId, file.displayName(), List.of(), "The download link of "
          + file.displayName() + " (" + kind + " " + ownerId + ") expired at " + Json.epochToInstant(expires)
          + "; read the " + kind + " again for fresh links", null);
    }
  }

  /** Streams one file to a temporary name, then moves it to its own: never over another file, unless asked. */
  private Path fetch(RemoteFile file, FileNames names) throws IOException {
    Path target = names.choose(file.name, file.guid);
    Request request = new Request.Builder().url(file.url).get().build();
    Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".browseract-", ".part");
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code() + " for " + file.displayName());
      }
      Files.copy(body.byteStream(), partial, StandardCopyOption.REPLACE_EXISTING);
      while (true) {
        try {
          return names.overwrites() ? Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING)
              : Files.move(partial, target);
        } catch (FileAlreadyExistsException appearedMeanwhile) {
          target = names.choose(file.name, file.guid);
        }
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
