package com.browseract.cli;

import com.browseract.client.RunListParams;
import com.browseract.client.StopOutcome;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunStatus;
import com.browseract.client.v3.model.RunSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code browseract runs …}: the v3 API's runs (each a task). */
@Command(name = "runs", mixinStandardHelpOptions = true,
    description = "v3 (Bots): list runs, read one, wait for it, cancel or resume it, download its files.",
    subcommands = {RunsCommand.ListRuns.class, RunsCommand.Get.class, RunsCommand.Status.class,
        RunsCommand.Wait.class, RunsCommand.Cancel.class, RunsCommand.Resume.class, RunsDownloadCommand.class})
final class RunsCommand extends GroupCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List runs, newest first.")
  static final class ListRuns extends ApiCommand {
    @Option(names = "--bot-id", paramLabel = "ID", description = "Only runs of this bot.")
    String botId;

    @Option(names = "--bot-name", paramLabel = "TEXT", description = "Only runs of bots whose name contains TEXT.")
    String botName;

    @Option(names = "--status", paramLabel = "S", description = "Only runs in this status: created, running,"
        + " pausing, paused, finished, canceled or failed.")
    RunStatus status;

    @Option(names = "--created-from", paramLabel = "TIME",
        description = "Only runs created at or after TIME: ISO 8601 (2026-11-30T08:00:00Z, 2026-11-30) or an age"
            + " such as 2h (2 hours ago), 30m, 7d.")
    Instant createdFrom;

    @Option(names = "--created-to", paramLabel = "TIME", description = "Only runs created at or before TIME.")
    Instant createdTo;

    @Mixin
    PageOptionsMixin paging;

    @Override
    public Integer call() {
      RunListParams params = RunListParams.builder().botId(botId).botName(botName).status(status)
          .createdFrom(createdFrom).createdTo(createdTo).limit(paging.limit).build();
      paging.print(printer(), page -> client().runs().list(params.toBuilder().page(page).build()),
          client().runs().listAll(params), List.of("ID", "STATUS", "BOT", "CREATED", "CREDITS"),
          (RunSummary r) -> List.of(Printer.text(r.getTaskId()), Printer.text(r.getStatus()),
              Printer.text(r.getBotName() != null ? r.getBotName() : r.getBotId()), Printer.text(r.getCreatedAt()),
              Printer.text(r.getCredit())));
      return ExitCodes.OK;
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true,
      description = "Show a run in full: status, output, result files, failure.")
  static final class Get extends TaskIdCommand {
    @Override
    public Integer call() {
      Run run = client().runs().get(taskId);
      printer().result(run, () -> printer().run(run));
      return ExitCodes.OK;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Show a run's status.")
  static final class Status extends TaskIdCommand {
    @Override
    public Integer call() {
      RunStatus status = client().runs().status(taskId);
      printer().result(Map.of("task_id", taskId, "status", status.getValue()), () -> printer().line(status.getValue()));
      return ExitCodes.OK;
    }
  }

  @Command(name = "wait", mixinStandardHelpOptions = true, description = "Wait for a run to end and print it.")
  static final class Wait extends TaskIdCommand {
    @Mixin
    WaitOptionsMixin waiting;

    @Override
    public Integer call() {
      Run run = waiting.await(taskId, printer(), null, WaitHint.V3,
          options -> client().runs().waitFor(taskId, options));
      printer().result(run, () -> printer().run(run));
      return ExitCodes.OK;
    }
  }

  @Command(name = "cancel", mixinStandardHelpOptions = true,
      description = "Cancel a run; a run that has already ended is left as it is (exit 0).")
  static final class Cancel extends TaskIdCommand {
    @Option(names = "--biz-code", paramLabel = "N", description = "A number of yours, recorded with the cancel.")
    Integer bizCode;

    @Override
    public Integer call() {
      boolean canceled = client().runs().cancel(taskId, bizCode) == StopOutcome.STOPPED;
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("task_id", taskId);
      result.put("canceled", canceled);
      result.put("already_ended", !canceled);
      printer().result(result, () -> printer().line(canceled ? "Canceled run " + taskId
          : "Run " + taskId + " had already ended: nothing to cancel"));
      return ExitCodes.OK;
    }
  }

  @Command(name = "resume", mixinStandardHelpOptions = true,
      description = "Resume a paused run (a workflow bot's; agent runs cannot be resumed).")
  static final class Resume extends TaskIdCommand {
    @Override
    public Integer call() {
      RunStatus status = client().runs().resume(taskId);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("task_id", taskId);
      result.put("status", status.getValue());
      printer().result(result, () -> printer().line("Resumed run " + taskId + " (" + status.getValue() + ")"));
      return ExitCodes.OK;
    }
  }
}
