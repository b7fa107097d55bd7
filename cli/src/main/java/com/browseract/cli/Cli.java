package com.browseract.cli;

import com.browseract.client.BrowserAct;
import com.browseract.client.ClientConfig;
import com.browseract.client.LogLevel;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code browseract} command: global options and the list of commands. */
@Command(name = "browseract", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    description = {"Run BrowserAct's bots (API v3: bots, runs) and workflows (API v2: run, task, tasks, ...) and"
        + " follow their tasks from the terminal."},
    subcommands = {BotsCommand.class, RunsCommand.class, RunCommand.class, RunTemplateCommand.class,
        TaskCommand.class, TasksCommand.class, WorkflowsCommand.class, TemplatesCommand.class, RegionsCommand.class,
        FilesCommand.class, BatchCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 task failed, 2 usage error, 3 task canceled, 4 wait timed out, "
        + "5 API error, 6 network error."})
final class Cli implements Callable<Integer> {
  @Option(names = "--api-key", defaultValue = "${env:BROWSERACT_API_KEY}", paramLabel = "KEY",
      description = "API key (default: $BROWSERACT_API_KEY). Never printed.")
  String apiKey;

  @Option(names = "--base-url", defaultValue = "${env:BROWSERACT_BASE_URL}", paramLabel = "URL",
      description = "API base URL (default: $BROWSERACT_BASE_URL, else " + ClientConfig.DEFAULT_BASE_URL + ").")
  String baseUrl;

  @Option(names = "--json", description = "Print exactly one JSON document on stdout, with the API's field names.")
  boolean json;

  @Option(names = {"-v", "--verbose"}, description = "Log each API request and answer (operation, status, time, "
      + "attempt, traceId) on stderr; BROWSERACT_LOG=debug adds the bodies.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private BrowserAct client;

  static CommandLine commandLine() {
    return commandLine(Clock.systemUTC());
  }

  /**
   * The command line with its clock: every time the CLI computes itself (an age such as {@code 2h}) is read from
   * {@code clock}, so tests pass a fixed one.
   */
  static CommandLine commandLine(Clock clock) {
    CommandLine commandLine = new CommandLine(new Cli());
    commandLine.registerConverter(Instant.class, new TimeConverter(clock));
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // An argument such as --input-json @input.json names a file the option reads, not arguments to expand.
    commandLine.setExpandAtFiles(false);
    commandLine.setExecutionStrategy(parse -> {
      try {
        return new CommandLine.RunLast().execute(parse);
      } finally {
        ((Cli) parse.commandSpec().userObject()).close();
      }
    });
    return commandLine;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The client, built on first use from the global options. */
  BrowserAct client() {
    if (client == null) {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalStateException("no API key: pass --api-key or export BROWSERACT_API_KEY");
      }
      ClientConfig.Builder builder = BrowserAct.builder().apiKey(apiKey).userAgentSuffix("browseract-cli");
      if (baseUrl != null && !baseUrl.isBlank()) {
        builder.baseUrl(baseUrl.trim());
      }
      if (verbose) {
        builder.logLevel(LogLevel.INFO); // else BROWSERACT_LOG decides
      }
      ProxyEnvironment.apply(builder, baseUrl != null && !baseUrl.isBlank() ? baseUrl.trim()
          : ClientConfig.DEFAULT_BASE_URL, System.getenv());
      client = builder.build();
    }
    return client;
  }

  Printer printer() {
    return new Printer(spec.commandLine().getOut(), spec.commandLine().getErr(), json);
  }

  void close() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {CliVersion.line()};
    }
  }
}
