package com.browseract.client;

/**
 * How {@link TaskFiles#download(com.browseract.client.model.Task, java.nio.file.Path, DownloadOptions)} writes
 * files. By default nothing on disk is overwritten: a name already taken gets a suffix, {@code report (2).csv}.
 */
public final class DownloadOptions {
  private static final DownloadOptions DEFAULTS = new DownloadOptions(false);

  private final boolean overwrite;

  private DownloadOptions(boolean overwrite) {
    this.overwrite = overwrite;
  }

  /** @return options that never overwrite an existing file */
  public static DownloadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * @param overwrite true to replace files already in the directory; two files of one task never replace each
   *     other either way
   * @return the options
   */
  public static DownloadOptions overwrite(boolean overwrite) {
    return overwrite ? new DownloadOptions(true) : DEFAULTS;
  }

  /** @return whether existing files are replaced */
  public boolean overwrites() {
    return overwrite;
  }

  @Override
  public String toString() {
    return "DownloadOptions{overwrite=" + overwrite + "}";
  }
}
