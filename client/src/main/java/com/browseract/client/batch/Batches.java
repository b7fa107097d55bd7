package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Batch runs: one workflow or template over many inputs, at most {@link BatchOptions#concurrency()} tasks at a
 * time, recorded in a journal so that running the same batch again resumes it without starting a task twice for
 * one input. Obtained from {@link BrowserAct#batches()}.
 *
 * <pre>{@code
 * BatchRun run = browserAct.batches().run(BatchTarget.workflow("77638424152140851"),
 *     BatchInputs.fromFile(Path.of("keywords.csv")),
 *     BatchOptions.builder().journal(Path.of("keywords.journal")).results(Path.of("results.jsonl")).build());
 * BatchSummary summary = run.summary().join();
 * }</pre>
 */
public final class Batches {
  private final BrowserAct client;

  /**
   * @param client the client whose API key and settings the batch uses; usually {@link BrowserAct#batches()}
   */
  public Batches(BrowserAct client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  /**
   * Checks a batch without starting anything: reads every input (a malformed one fails naming its line) and
   * compares their parameter names with those the workflow or template declares (one request).
   *
   * @param target what would run
   * @param inputs the inputs
   * @return what was checked
   * @throws BatchInputException naming the first input that cannot be used
   * @throws com.browseract.client.errors.BrowserActException when the workflow or template cannot be read
   */
  public BatchCheck check(BatchTarget target, Iterable<BatchInput> inputs) {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(inputs, "inputs == null");
    int count = 0;
    Set<String> used = new LinkedHashSet<>();
    int last = 0;
    for (BatchInput input : inputs) {
      count++;
      if (input.position() <= last) {
        throw new BatchInputException(input.line(), "input position " + input.position() + " comes after "
            + last + ": positions must increase (they make the inputs' keys)");
      }
      last = input.position();
      used.addAll(input.parameters().keySet());
    }
    if (count == 0) {
      throw new BatchInputException(1, "there are no inputs");
    }
    // The inputs are read before the one request, so that a malformed file fails without any.
    Set<String> declared = declaredParameters(target);
    if (!declared.isEmpty() && !declared.containsAll(used)) {
      for (BatchInput input : inputs) {
        for (String name : input.parameters().keySet()) {
          if (!declared.contains(name)) {
            throw new BatchInputException(input.line(), "'" + name + "' is not an input parameter of " + target
                + " (it has: " + String.join(", ", declared) + ")");
          }
        }
      }
    }
    return new BatchCheck(count, new ArrayList<>(declared), new ArrayList<>(used));
  }

  private Set<String> declaredParameters(BatchTarget target) {
    return BatchDialect.of(target).declaredInputs(client);
  }

  /**
   * Checks the batch ({@link #check}) and runs it on a thread of its own. With an existing journal of the same
   * target, resumes it: inputs with a result are skipped, started tasks are waited for, unanswered starts are
   * looked for in the task list before anything is started again.
   *
   * @param target what to run
   * @param inputs the inputs; iterated several times (to check them, against the journal, and to run them), so
   *     each iteration must give the same inputs
   * @param options journal, results file, concurrency...
   * @return the running batch
   * @throws BatchInputException naming the first input that cannot be used; nothing was started
   */
  public BatchRun run(BatchTarget target, Iterable<BatchInput> inputs, BatchOptions options) {
    Objects.requireNonNull(options, "options == null");
    BatchCheck checked = check(target, inputs);
    return start(new BatchEngine(client, target, inputs, checked.inputs(), options, Checkpoints.NONE));
  }

  static BatchRun start(BatchEngine engine) {
    CompletableFuture<BatchSummary> summary = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        BatchSummary done = engine.run();
        engine.listener().onEnd(done, null);
        summary.complete(done);
      } catch (IOException e) {
        failed(engine, summary, new UncheckedIOException("batch journal or results: " + e.getMessage(), e));
      } catch (RuntimeException | Error e) {
        failed(engine, summary, e);
      }
    }, "browseract-batch");
    thread.start();
    return new BatchRun(engine, summary);
  }

  private static void failed(BatchEngine engine, CompletableFuture<BatchSummary> summary, Throwable failure) {
    engine.listener().onEnd(null, failure);
    summary.completeExceptionally(failure);
  }
}
