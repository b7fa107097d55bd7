package com.browseract.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The width of the terminal stderr is on: {@code $COLUMNS}, else what {@code stty} says of the tty, else 80. */
final class TerminalWidth {
  static final int FALLBACK = 80;

  private TerminalWidth() {
  }

  static int detect() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.trim().matches("\\d+")) {
      return Integer.parseInt(columns.trim());
    }
    File tty = new File("/dev/tty");
    if (!tty.canRead()) {
      return FALLBACK;
    }
    try {
      Process stty = new ProcessBuilder("stty", "size").redirectInput(tty).redirectErrorStream(true).start();
      if (!stty.waitFor(1, TimeUnit.SECONDS)) {
        stty.destroyForcibly();
        return FALLBACK;
      }
      String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
      return size.length == 2 && size[1].matches("\\d+") && !size[1].equals("0") ? Integer.parseInt(size[1]) : FALLBACK;
    } catch (IOException e) {
      return FALLBACK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FALLBACK;
    }
  }
}
