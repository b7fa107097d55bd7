package com.browseract.cli;

/**
 * What {@code --version} prints, from the jar's manifest: the one source of both picocli's version provider and the
 * fast path in {@link Main}. It refers to nothing of picocli, so that the fast path loads none of it.
 */
final class CliVersion {
  private CliVersion() {
  }

  static String line() {
    String version = CliVersion.class.getPackage().getImplementationVersion();
    // concat, not +: Java 9+ compiles + to invokedynamic, whose first use alone costs milliseconds at start-up.
    return "browseract ".concat(version == null ? "dev" : version);
  }
}
