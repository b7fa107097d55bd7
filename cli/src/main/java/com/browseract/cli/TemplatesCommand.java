package com.browseract.cli;

import com.browseract.client.Page;
import com.browseract.client.PagedIterable;
import com.browseract.client.TemplateListParams;
import com.browseract.client.model.WorkflowTemplate;
import com.browseract.client.model.WorkflowTemplateSummary;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code browseract templates list|get}. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List or show official templates.",
    subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.Get.class})
final class TemplatesCommand extends GroupCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List official templates.")
  static final class ListTemplates extends TemplateListCommand<WorkflowTemplateSummary> {
    @Override
    Page<WorkflowTemplateSummary> list(TemplateListParams params) {
      return client().templates().list(params);
    }

    @Override
    PagedIterable<WorkflowTemplateSummary> listAll(TemplateListParams params) {
      return client().templates().listAll(params);
    }

    @Override
    List<String> row(WorkflowTemplateSummary t) {
      return List.of(Printer.text(t.getTemplateId()), Printer.text(t.getName()), Printer.text(t.getRecommendDesc()));
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a template and its inputs.")
  static final class Get extends ApiCommand {
    @Parameters(paramLabel = "TEMPLATE_ID")
    String templateId;

    @Override
    public Integer call() {
      WorkflowTemplate template = client().templates().get(templateId);
      printer().result(template, () -> {
        printer().line("Template " + template.getId() + "  " + Printer.text(template.getName()));
        printer().line("  " + Printer.text(template.getRecommendDesc()) + "  " + Printer.text(template.getDetailUrl()));
        printer().line("  inputs: " + (template.getInputParameters() == null ? "" : template.getInputParameters()
            .stream().map(p -> p.getName()).collect(Collectors.joining(", "))));
      });
      return ExitCodes.OK;
    }
  }
}
