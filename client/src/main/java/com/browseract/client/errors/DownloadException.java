package com.browseract.client.errors;

import java.nio.file.Path;
import java.util.List;

/**
 * Downloading a task's files failed. {@link #fileName()} names the file that failed; {@link #written()} lists the
 * files already on disk, which are kept.
 */
public final class DownloadException extends BrowserActException {
  private static final long serialVersionUID = 1L;

  private final String taskId;
  private final String fileName;
  private final transient List<Path> written;

  /**
   * @param taskId the task whose files were being downloaded
   * @param fileName the file that failed
   * @param written the files already written, which are kept
   * @param message one readable line
   * @param cause the underlying failure
   */
  public DownloadException(String taskId, String fileName, List<Path> written, String message, Throwable cause) {
    super(cause instanceof BrowserActException ? ((BrowserActException) cause).kind() : ErrorKind.OTHER, message,
        cause);
    this.taskId = taskId;
    this.fileName = fileName;
    this.written = List.copyOf(written);
  }

  /** @return the task whose files were being downloaded */
  public String taskId() {
    return taskId;
  }

  /** @return the name of the file that failed */
  public String fileName() {
    return fileName;
  }

  /** @return the files written before the failure */
  public List<Path> written() {
    return written;
  }
}
