package com.browseract.cli;

/** Entry point of the {@code browseract} command. */
public final class Main {
  private Main() {
  }

  /**
   * The command line, ready to {@code execute}; for embedding the CLI or driving it from tests.
   *
   * @return a new command line with the CLI's error handling and exit codes
   */
  public static picocli.CommandLine commandLine() {
    return Cli.commandLine();
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(Cli.commandLine().execute(args));
  }
}
