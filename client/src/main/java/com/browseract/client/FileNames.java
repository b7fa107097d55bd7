package com.browseract.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a safe, distinct local name for each file of one download. Names come from the task, so they are
 * cleaned of whatever common file systems refuse or would misread: path separators and {@code ..} (no writing
 * outside the directory), control and format characters (bidi overrides included), {@code <>:"|?*}, trailing dots and spaces, Windows' reserved device
 * names. Two files of the task never get the same name ({@code report.csv}, {@code report (2).csv}), and an
 * existing file is not reused unless overwriting is allowed.
 */
final class FileNames {
  static final int MAX_LENGTH = 200;
  private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");
  // Control and format characters (C0, C1, bidi overrides, zero-width), and what Windows refuses in a name.
  private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}<>:\"|?*]");

  private final Path directory;
  private final boolean overwrite;
  private final Set<String> taken = new HashSet<>();

  FileNames(Path directory, boolean overwrite) {
    this.directory = directory;
    this.overwrite = overwrite;
  }

  boolean overwrites() {
    return overwrite;
  }

  /** The path for a file named {@code remoteName} (else {@code guid}, else "file"), distinct from all before. */
  Path choose(String remoteName, String guid) {
    String clean = clean(remoteName);
    if (clean == null) {
      clean = clean(guid);
    }
    if (clean == null) {
      clean = "file";
    }
    String name = clean;
    for (int n = 2; !available(name); n++) {
      name = numbered(clean, n);
    }
    taken.add(name.toLowerCase(Locale.ROOT));
    return directory.resolve(name);
  }

  private boolean available(String name) {
    // Lower case: two names that differ only in case are one file on macOS and Windows.
    return !taken.contains(name.toLowerCase(Locale.ROOT)) && (overwrite || !Files.exists(directory.resolve(name)));
  }

  static String clean(String name) {
    if (name == null) {
      return null;
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = FORBIDDEN.matcher(base).replaceAll("_").trim();
    base = base.replaceAll("[. ]+$", "");
    if (base.isEmpty() || base.matches("_+")) {
      return null;
    }
    if (RESERVED.matcher(base).matches()) {
      base = "_" + base;
    }
    return base.length() <= MAX_LENGTH ? base : shorten(base);
  }

  private static String shorten(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    return name.substring(0, MAX_LENGTH - extension.length()) + extension;
  }

  private static String numbered(String name, int n) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
  }
}
