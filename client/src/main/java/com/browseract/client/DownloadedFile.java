package com.browseract.client;

import java.nio.file.Path;

/** One file of a task and where it was written. */
public final class DownloadedFile {
  private final String guid;
  private final String remoteName;
  private final Path path;

  DownloadedFile(String guid, String remoteName, Path path) {
    this.guid = guid;
    this.remoteName = remoteName;
    this.path = path;
  }

  /** @return the file's id in the task ({@code guid}), or null */
  public String guid() {
    return guid;
  }

  /** @return the file's name as the task gave it ({@code fileName}), or null */
  public String remoteName() {
    return remoteName;
  }

  /** @return where it was written: a cleaned, distinct name in the target directory */
  public Path path() {
    return path;
  }

  @Override
  public String toString() {
    return guid + " " + remoteName + " -> " + path;
  }
}
