package com.browseract.cli;

import com.browseract.client.Page;
import com.browseract.client.PagedIterable;
import com.browseract.client.TemplateListParams;
import com.browseract.client.v3.model.BotTemplate;
import com.browseract.client.v3.model.BotTemplateSummary;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code browseract bots templates list|get}: BrowserAct's official bot templates. */
@Command(name = "templates", mixinStandardHelpOptions = true,
    description = "List or show BrowserAct's official bot templates (run one with bots run-template).",
    subcommands = {BotTemplatesCommand.ListTemplates.class, BotTemplatesCommand.Get.class})
final class BotTemplatesCommand extends GroupCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List official bot templates.")
  static final class ListTemplates extends TemplateListCommand<BotTemplateSummary> {
    @Override
    Page<BotTemplateSummary> list(TemplateListParams params) {
      return client().bots().templates().list(params);
    }

    @Override
    PagedIterable<BotTemplateSummary> listAll(TemplateListParams params) {
      return client().bots().templates().listAll(params);
    }

    @Override
    List<String> row(BotTemplateSummary t) {
      return List.of(Printer.text(t.getTemplateId()), Printer.text(t.getName()), Printer.text(t.getRecommendDesc()));
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a template and its input schema.")
  static final class Get extends ApiCommand {
    @Parameters(paramLabel = "TEMPLATE_ID")
    String templateId;

    @Override
    public Integer call() {
      BotTemplate template = client().bots().templates().get(templateId);
      printer().result(template, () -> {
        Printer printer = printer();
        printer.line("Template " + template.getTemplateId() + "  " + Printer.text(template.getName()));
        printer.line("  " + Printer.text(template.getRecommendDesc()) + "  " + Printer.text(template.getDetailUrl()));
        printer.schema("Input", template.getInputSchema());
      });
      return ExitCodes.OK;
    }
  }
}
