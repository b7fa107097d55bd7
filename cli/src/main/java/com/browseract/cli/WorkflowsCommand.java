package com.browseract.cli;

import com.browseract.client.WorkflowListParams;
import com.browseract.client.model.Workflow;
import com.browseract.client.model.WorkflowSummary;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code browseract workflows list|get}. */
@Command(name = "workflows", mixinStandardHelpOptions = true, description = "List or show workflows.",
    subcommands = {WorkflowsCommand.ListWorkflows.class, WorkflowsCommand.Get.class})
final class WorkflowsCommand extends GroupCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the account's workflows.")
  static final class ListWorkflows extends ApiCommand {
    @Mixin
    PageOptionsMixin paging;

    @Override
    public Integer call() {
      WorkflowListParams params = WorkflowListParams.builder().limit(paging.limit).build();
      paging.print(printer(), page -> client().workflows().list(params.toBuilder().page(page).build()),
          client().workflows().listAll(params), List.of("ID", "NAME", "PUBLISHED"),
          (WorkflowSummary w) -> List.of(Printer.text(w.getId()), Printer.text(w.getName()),
              Printer.text(w.getPublishAt())));
      return ExitCodes.OK;
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a workflow and its inputs.")
  static final class Get extends ApiCommand {
    @Parameters(paramLabel = "WORKFLOW_ID")
    String workflowId;

    @Override
    public Integer call() {
      Workflow workflow = client().workflows().get(workflowId);
      printer().result(workflow, () -> {
        printer().line("Workflow " + workflow.getId() + "  " + Printer.text(workflow.getName()));
        printer().line("  " + Printer.text(workflow.getDescription()));
        printer().line("  inputs: " + (workflow.getInputParameters() == null ? "" : workflow.getInputParameters()
            .stream().map(p -> p.getName()).collect(Collectors.joining(", "))));
      });
      return ExitCodes.OK;
    }
  }
}
