package com.browseract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on. */
final class Machine {
  private Machine() {}

  static String describe() {
    return cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + "; "
        + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; JDK "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
  }

  private static String cpu() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name", "unknown CPU");
  }

  private static String memory() {
    String total = firstValue(Path.of("/proc/meminfo"), "MemTotal", null);
    if (total == null) {
      return "unknown memory";
    }
    long kib = Long.parseLong(total.replaceAll("[^0-9]", ""));
    return String.format(java.util.Locale.ROOT, "%.1f GiB RAM", kib / 1024.0 / 1024.0);
  }

  private static String firstValue(Path file, String key, String fallback) {
    try {
      return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(fallback);
    } catch (IOException e) {
      return fallback;
    }
  }
}
