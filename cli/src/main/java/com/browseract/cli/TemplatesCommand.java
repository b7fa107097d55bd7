package com.browseract.cli;

import com.browseract.client.model.ApiWorkflowTemplateConfigDto;
import com.browseract.client.model.WorkflowTemplateDto;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code browseract templates list|get}. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List or show official templates.",
    subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.Get.class})
final class TemplatesCommand extends GroupCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List official templates.")
  static final class ListTemplates extends ApiCommand {
    @Option(names = "--keyword", paramLabel = "K", description = "Only templates matching this text.")
    String keyword;

    @Mixin
    PageOptionsMixin paging;

    @Override
    public Integer call() {
      paging.print(printer(), page -> client().templates().list(keyword, page, paging.limit),
          client().templates().listAll(keyword, paging.limit), List.of("ID", "NAME", "FOR"),
          (WorkflowTemplateDto t) -> List.of(Printer.text(t.getTemplateId()), Printer.text(t.getName()),
              Printer.text(t.getRecommendDesc())));
      return ExitCodes.OK;
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a template and its inputs.")
  static final class Get extends ApiCommand {
    @Parameters(paramLabel = "TEMPLATE_ID")
    String templateId;

    @Override
    public Integer call() {
      ApiWorkflowTemplateConfigDto template = client().templates().get(templateId);
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
