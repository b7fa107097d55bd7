package com.browseract.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whole-process cost of the CLI: wall time and peak resident memory of {@code bin/browseract}, measured
 * by GNU time ({@code /usr/bin/time -f "%e %M"}) over repeated runs.
 */
final class Startup {
  /** Wall seconds and peak RSS (KiB) of each run. */
  record Runs(List<Double> seconds, List<Long> peakKib) {}

  private final Path projectRoot;

  Startup(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  static boolean available() {
    return Files.isExecutable(Path.of("/usr/bin/time"));
  }

  /** Runs {@code bin/browseract} with these arguments. */
  Runs cli(int runs, Map<String, String> environment, String... cliArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(projectRoot.resolve("bin/browseract").toString()));
    command.addAll(List.of(cliArgs));
    return measure(runs, environment, command);
  }

  Runs measure(int runs, Map<String, String> environment, List<String> measured)
      throws IOException, InterruptedException {
    List<Double> seconds = new ArrayList<>();
    List<Long> peak = new ArrayList<>();
    Path timing = Files.createTempFile("startup", ".txt");
    for (int i = 0; i < runs; i++) {
      List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%e %M"));
      command.addAll(measured);
      ProcessBuilder builder = new ProcessBuilder(command).directory(projectRoot.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().putAll(environment);
      int exit = builder.start().waitFor();
      if (exit != 0) {
        throw new IOException(String.join(" ", measured) + " exited with " + exit);
      }
      String[] figures = Files.readString(timing, StandardCharsets.UTF_8).trim().split("\\s+");
      seconds.add(Double.parseDouble(figures[figures.length - 2]));
      peak.add(Long.parseLong(figures[figures.length - 1]));
    }
    Files.deleteIfExists(timing);
    return new Runs(seconds, peak);
  }
}
