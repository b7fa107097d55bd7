package com.browseract.cli;

import java.io.PrintStream;
import java.util.Set;

/** Entry point of the {@code browseract} command. */
public final class Main {
  private static final Set<String> VERSION = Set.of("--version", "-V");

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
    if (answeredAtOnce(args, System.out)) {
      System.exit(0);
    }
    System.exit(Cli.commandLine().execute(args));
  }

  /**
   * Answers a lone {@code --version} (or {@code -V}) without building picocli's model of every command, which is
   * most of the time such a run takes; prints exactly what picocli would.
   *
   * @return whether {@code args} were answered
   */
  static boolean answeredAtOnce(String[] args, PrintStream out) {
    if (args.length != 1 || !VERSION.contains(args[0])) {
      return false;
    }
    out.println(CliVersion.line());
    out.flush();
    return true;
  }
}
