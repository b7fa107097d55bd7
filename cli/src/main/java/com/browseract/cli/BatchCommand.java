package com.browseract.cli;

import com.browseract.client.batch.BatchCheck;
import com.browseract.client.batch.BatchInput;
import com.browseract.client.batch.BatchInputs;
import com.browseract.client.batch.BatchOptions;
import com.browseract.client.batch.BatchRun;
import com.browseract.client.batch.BatchSummary;
import com.browseract.client.batch.BatchTarget;
import com.browseract.client.errors.BrowserActException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code browseract batch WORKFLOW_ID --inputs FILE|-}: a task per input, as many at once as allowed, results in a
 * JSON Lines file, a journal beside it that makes the same command, run again, resume.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Run a workflow (or, with --template, an official template) once per input: a CSV file with a "
        + "header of input parameter names, or JSON Lines of name → value objects.",
        "The journal records every start before it is sent: run the same command again after a crash or Ctrl-C "
            + "to resume without starting any input twice. Delete the journal to begin a new batch."},
    footer = {"", "Exit codes: 0 every task finished, 1 some failed, 2 usage error, 3 some canceled, 4 --timeout "
        + "reached with tasks not done, 5 API error (or inputs whose start could not be confirmed), 6 network "
        + "error, 130 interrupted (rerun to resume)."})
class BatchCommand extends ApiCommand {
  static final int INTERRUPTED = 130;

  @Parameters(paramLabel = "ID", description = "What runs for each input: a workflow id (bots batch: a bot id);"
      + " with --template an official template's id.")
  String id;

  @Option(names = "--inputs", required = true, paramLabel = "FILE|-",
      description = "Inputs: .csv is CSV, anything else JSON Lines; - reads JSON Lines (or CSV with --csv) from stdin.")
  String inputs;

  @Option(names = "--csv", description = "Read the inputs as CSV whatever the file's name.")
  boolean csv;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Results, a JSON line per input (default: beside the inputs, NAME.results.jsonl; "
          + "batch.results.jsonl here for stdin).")
  Path out;

  @Option(names = "--journal", paramLabel = "FILE", description = "Journal (default: beside the results, "
      + "RESULTS-NAME.journal.jsonl).")
  Path journal;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "5",
      description = "Tasks at once, at most (default: ${DEFAULT-VALUE}); fewer while the plan refuses more.")
  int concurrency;

  @Option(names = "--download", paramLabel = "DIR", description = "Download each finished task's files to DIR/TASK_ID/.")
  Path download;

  @Option(names = "--retry-failed", paramLabel = "N", defaultValue = "0",
      description = "Start a failed input again, up to N more times (default: ${DEFAULT-VALUE}).")
  int retryFailed;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Stop starting after this long (e.g. 2h) and exit 4, leaving running tasks running.")
  Duration timeout;

  @Option(names = "--dry-run", description = "Check the inputs against what the workflow (bots batch: the bot's"
      + " input_schema) declares; start nothing.")
  boolean dryRun;

  @Option(names = "--template", description = "ID is an official template's (bots batch: a bot template's).")
  boolean template;

  @Option(names = "--reconcile-after", paramLabel = "DURATION", converter = DurationConverter.class,
      defaultValue = "10s", description = "After a start got no answer, wait this long before concluding from the "
          + "task list that it created no task (default: ${DEFAULT-VALUE}).")
  Duration reconcileAfter;

  @Mixin
  ListenOptionsMixin callbacks;

  @Option(names = "--stop-on-interrupt", description = "On Ctrl-C also stop the running tasks (default: leave them "
      + "running; a rerun waits for them).")
  boolean stopOnInterrupt;

  @Override
  public Integer call() throws IOException {
    BatchTarget target = target();
    Path inputFile = "-".equals(inputs) ? stdinCopy() : Path.of(inputs);
    if (!Files.isRegularFile(inputFile)) {
      throw new IllegalArgumentException("no inputs file " + inputFile);
    }
    Iterable<BatchInput> source = csv ? BatchInputs.csv(inputFile) : BatchInputs.fromFile(inputFile);
    checkInputs(source);
    Path results = out != null ? out : inputFile.resolveSibling(baseName() + ".results.jsonl");
    if ("-".equals(inputs) && out == null) {
      results = Path.of("batch.results.jsonl");
    }
    Path journalFile = journal != null ? journal : results.resolveSibling(
        results.getFileName().toString().replaceFirst("(\\.results)?\\.jsonl$", "") + ".journal.jsonl");
    BatchOptions.Builder options = BatchOptions.builder().journal(journalFile).results(results)
        .concurrency(concurrency).retryFailed(retryFailed).timeout(timeout).downloadDir(download)
        .stopOnCancel(stopOnInterrupt).reconcileSettle(reconcileAfter);
    if (dryRun) {
      options.build();
      BatchCheck check = client().batches().check(target, source);
      printer().result(check.toString(), () -> printer().err.println("dry run: " + check + "; nothing started"));
      return ExitCodes.OK;
    }
    try (Listening listening = callbacks.start(true, this)) {
      return run(target, source, options.callbackUrl(listening.url()), results, journalFile);
    }
  }

  private int run(BatchTarget target, Iterable<BatchInput> source, BatchOptions.Builder options, Path results,
      Path journalFile) {
    BatchProgress progress = BatchProgress.forStderr(printer().err);
    BatchRun run = client().batches().run(target, source, options.listener(progress.listener()).build());
    progress.follow(run);
    BatchSummary summary;
    try (Interrupts interrupts = Interrupts.onCtrlC(() -> {
      run.cancel();
      progress.say("interrupted: starting nothing more" + (stopOnInterrupt ? ", stopping the running tasks"
          : "; running tasks keep running") + ". Run the same command to resume; Ctrl-C again to quit now.");
    })) {
      summary = run.summary().join();
    } catch (CompletionException e) {
      throw unwrap(e);
    } finally {
      progress.finish();
    }
    report(summary, results, journalFile);
    return exitCode(summary);
  }

  /** What runs for each input. */
  BatchTarget target() {
    return template ? BatchTarget.template(id) : BatchTarget.workflow(id);
  }

  /**
   * Checks every input before anything starts (or for --dry-run), beyond what the SDK's check does; none here.
   *
   * @throws IllegalArgumentException naming the line and the field of the first input that is refused
   */
  void checkInputs(Iterable<BatchInput> source) {
  }

  private String baseName() {
    if ("-".equals(inputs)) {
      return "batch";
    }
    return Path.of(inputs).getFileName().toString().replaceFirst("\\.[^.]*$", "");
  }

  /** Stdin is read twice (checked, then run): it is copied first. */
  private Path stdinCopy() throws IOException {
    Path copy = Files.createTempFile("browseract-inputs", csv ? ".csv" : ".jsonl");
    copy.toFile().deleteOnExit();
    try (InputStream in = System.in) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }

  private static RuntimeException unwrap(CompletionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException) {
      return new IllegalStateException(cause.getMessage(), cause);
    }
    return cause instanceof RuntimeException ? (RuntimeException) cause : e;
  }

  private void report(BatchSummary summary, Path results, Path journalFile) {
    printer().result(summary.toMap(), () -> {
      java.io.PrintWriter err = printer().err;
      err.println(BatchProgress.summaryLine(summary));
      err.println("results: " + results + "  journal: " + journalFile);
      if (summary.stoppedBy() != null) {
        err.println(summary.stoppedBy() instanceof BrowserActException
            ? ApiErrorLine.of((BrowserActException) summary.stoppedBy()) : "error: " + summary.stoppedBy().getMessage());
      }
      if (summary.running() > 0 || summary.queued() > 0 || summary.unresolved() > 0) {
        err.println("not done: run the same command again to resume");
      }
    });
    printer().err.flush();
  }

  static int exitCode(BatchSummary summary) {
    if (summary.stoppedBy() != null) {
      return summary.stoppedBy() instanceof BrowserActException ? ExitCodes.of((BrowserActException) summary.stoppedBy())
          : ExitCodes.API_ERROR;
    }
    if (summary.unresolved() > 0) {
      return ExitCodes.API_ERROR;
    }
    if (summary.timedOut()) {
      return ExitCodes.WAIT_TIMEOUT;
    }
    if (summary.interrupted()) {
      return INTERRUPTED;
    }
    if (summary.failed() > 0) {
      return ExitCodes.TASK_FAILED;
    }
    return summary.canceled() > 0 ? ExitCodes.TASK_CANCELED : ExitCodes.OK;
  }
}
