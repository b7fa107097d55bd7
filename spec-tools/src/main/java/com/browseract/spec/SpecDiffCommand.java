package com.browseract.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code make spec-diff}: prints the Markdown report and fails on a breaking change unless allowed. */
@Command(name = "spec-diff", mixinStandardHelpOptions = true,
    description = "Compare two versions of the OpenAPI document and report what changed for SDK users.")
public final class SpecDiffCommand implements Callable<Integer> {
  /** Exit code for a breaking change that was not allowed. */
  static final int BREAKING = 3;

  @Parameters(index = "0", description = "The spec before the change (YAML or JSON).")
  Path base;

  @Parameters(index = "1", description = "The spec after the change.")
  Path current;

  @Option(names = "--base-label", description = "How to name the base in the report (e.g. a git ref).")
  String baseLabel;

  @Option(names = "--current-label", description = "How to name the current spec in the report.")
  String currentLabel;

  @Option(names = "--version", description = "The SDK's current version, to print the next one.")
  String version;

  @Option(names = "--allow-breaking", description = "Exit 0 even when the change is breaking.")
  boolean allowBreaking;

  @Option(names = "--output", description = "Also write the report to this file.")
  Path output;

  /**
   * Runs the command line.
   *
   * @param args base spec, current spec and options; see {@code --help}
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SpecDiffCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    ChangeReport report = SpecComparison.compare(SpecDocument.read(base), SpecDocument.read(current));
    String markdown = report.toMarkdown(label(baseLabel, base), label(currentLabel, current), version);
    System.out.print(markdown);
    if (output != null) {
      Files.writeString(output, markdown);
    }
    if (report.verdict().breaking() && !allowBreaking) {
      System.err.println("spec-diff: breaking change (set ALLOW_BREAKING=1 to accept it)");
      return BREAKING;
    }
    return 0;
  }

  private static String label(String given, Path file) {
    return given != null ? given : file.toString();
  }
}
