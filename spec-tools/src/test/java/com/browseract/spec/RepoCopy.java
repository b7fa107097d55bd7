package com.browseract.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away copy of the project (without build output, but for the compiled report tool), where the
 * Makefile's spec targets can run and rewrite files without touching the real tree. The npm tools are linked,
 * not reinstalled.
 */
final class RepoCopy implements AutoCloseable {
  private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules");
  private static final List<String> NPM_FOLDERS = List.of("openapi", "contract-tests");
  private static final String REPORT_CLASSPATH = "classpath.txt";

  /** What a command printed (stdout and stderr together) and how it ended. */
  record Result(int exitCode, String output) {}

  private final Path root;

  private RepoCopy(Path root) {
    this.root = root;
  }

  static Path projectRoot() {
    return Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
  }

  static RepoCopy of(Path source, Path destination) throws IOException {
    copyTree(source, destination);
    // The report tool as this build compiled it, so that spec-report in the copy needs no Maven run of its own
    // (it rebuilds only when a source is newer than classpath.txt; copies keep their times).
    Path tool = Path.of("spec-tools", "target");
    if (Files.exists(source.resolve(tool).resolve(REPORT_CLASSPATH))) {
      copyTree(source.resolve(tool).resolve("classes"), destination.resolve(tool).resolve("classes"));
      Files.copy(source.resolve(tool).resolve(REPORT_CLASSPATH), destination.resolve(tool).resolve(REPORT_CLASSPATH),
          StandardCopyOption.COPY_ATTRIBUTES);
    }
    for (String folder : NPM_FOLDERS) {
      Files.createSymbolicLink(destination.resolve(folder).resolve("node_modules"),
          source.resolve(folder).resolve("node_modules"));
    }
    return new RepoCopy(destination);
  }

  private static void copyTree(Path source, Path destination) throws IOException {
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (!dir.equals(source) && SKIPPED.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(destination.resolve(source.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.copy(file, destination.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Removes the links to the real node_modules, so that deleting the copy never follows them. */
  @Override
  public void close() throws IOException {
    for (String folder : NPM_FOLDERS) {
      Files.deleteIfExists(root.resolve(folder).resolve("node_modules"));
    }
  }

  Path resolve(String relative) {
    return root.resolve(relative);
  }

  Result run(Duration timeout, List<String> environment, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
    // node_modules are links to the real tree's: an npm ci here must never reinstall them.
    builder.environment().put("npm_config_dry_run", "true");
    for (String variable : environment) {
      String[] pair = variable.split("=", 2);
      builder.environment().put(pair[0], pair[1]);
    }
    Path log = Files.createTempFile("repo-copy", ".log");
    Process process = builder.redirectOutput(log.toFile()).start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("timed out after " + timeout + ": " + String.join(" ", command) + "\n"
          + Files.readString(log));
    }
    return new Result(process.exitValue(), Files.readString(log));
  }
}
