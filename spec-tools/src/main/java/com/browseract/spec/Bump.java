package com.browseract.spec;

/** The release a change calls for under semantic versioning. */
enum Bump {
  NONE, PATCH, MINOR, MAJOR;

  /** The version after {@code version} (a {@code -SNAPSHOT} suffix is ignored) under this bump. */
  String next(String version) {
    String[] parts = version.replace("-SNAPSHOT", "").split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a MAJOR.MINOR.PATCH version: " + version);
    }
    int major = Integer.parseInt(parts[0]);
    int minor = Integer.parseInt(parts[1]);
    int patch = Integer.parseInt(parts[2]);
    return switch (this) {
      case NONE -> major + "." + minor + "." + patch;
      case PATCH -> major + "." + minor + "." + (patch + 1);
      case MINOR -> major + "." + (minor + 1) + ".0";
      case MAJOR -> (major + 1) + ".0.0";
    };
  }
}
