package com.browseract.cli;

import com.browseract.client.TaskListParams;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.TaskSummary;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code browseract tasks list}. */
@Command(name = "tasks", mixinStandardHelpOptions = true, description = "List tasks.",
    subcommands = TasksCommand.ListTasks.class)
final class TasksCommand extends GroupCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List tasks, newest pages first.")
  static final class ListTasks extends ApiCommand {
    @Option(names = "--status", paramLabel = "S", description = "Only tasks in this status: ${COMPLETION-CANDIDATES}.")
    TaskStatus status;

    @Option(names = "--workflow-id", paramLabel = "ID", description = "Only tasks of this workflow.")
    String workflowId;

    @Option(names = "--workflow-name", paramLabel = "TEXT",
        description = "Only tasks of workflows whose name contains TEXT (any case).")
    String workflowName;

    @Option(names = "--created-from", paramLabel = "TIME",
        description = "Only tasks created at or after TIME: ISO 8601 (2026-11-30T08:00:00Z, 2026-11-30) or an age"
            + " such as 2h (2 hours ago), 30m, 7d.")
    Instant createdFrom;

    @Option(names = "--created-to", paramLabel = "TIME",
        description = "Only tasks created at or before TIME (same forms).")
    Instant createdTo;

    @Mixin
    PageOptionsMixin paging;

    @Override
    public Integer call() {
      TaskListParams params = TaskListParams.builder().status(status).workflowId(workflowId)
          .workflowName(workflowName).createdFrom(createdFrom).createdTo(createdTo).limit(paging.limit).build();
      paging.print(printer(), page -> client().tasks().list(params.toBuilder().page(page).build()),
          client().tasks().listAll(params), List.of("ID", "STATUS", "WORKFLOW", "CREATED"),
          (TaskSummary t) -> List.of(Printer.text(t.getId()), Printer.text(t.getStatus()),
              Printer.text(t.getWorkflowId()), Printer.text(t.getCreatedAt())));
      return ExitCodes.OK;
    }
  }
}
