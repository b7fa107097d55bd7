package com.browseract.cli;

import com.browseract.client.ListTasksRequest;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.WorkflowTaskSimpleResponse;
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

    @Mixin
    PageOptionsMixin paging;

    @Override
    public Integer call() {
      ListTasksRequest.Builder request = ListTasksRequest.builder().status(status).workflowId(workflowId)
          .limit(paging.limit);
      paging.print(printer(), page -> client().tasks().list(request.page(page).build()),
          client().tasks().listAll(request.build()), List.of("ID", "STATUS", "WORKFLOW", "CREATED"),
          (WorkflowTaskSimpleResponse t) -> List.of(Printer.text(t.getId()), Printer.text(t.getStatus()),
              Printer.text(t.getWorkflowId()), Printer.text(t.getCreatedAt())));
      return ExitCodes.OK;
    }
  }
}
