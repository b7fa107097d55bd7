package com.browseract.cli;

import com.browseract.client.model.RunTemplateTaskRequest;
import com.browseract.client.model.StartedTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code browseract run-template TEMPLATE_ID}: start a task from an official template. */
@Command(name = "run-template", mixinStandardHelpOptions = true,
    description = "Start a task from an official workflow template.")
final class RunTemplateCommand extends ApiCommand {
  @Parameters(paramLabel = "TEMPLATE_ID", description = "The template to run.")
  String templateId;

  @Option(names = "--region", paramLabel = "CODE", description = "Proxy region code (see `browseract regions`).")
  String region;

  @Mixin
  ParameterInputsMixin parameters;

  @Mixin
  StartOptionsMixin start;

  @Override
  public Integer call() {
    try (Listening listening = start.listen(this)) {
      StartedTask created = client().tasks().runTemplate(new RunTemplateTaskRequest()
          .workflowTemplateId(templateId).proxyRegion(region).inputParameters(parameters.inputParameters())
          .callbackUrl(listening.orReceiver(start.callbackUrl))
          .statusChangeCallbackUrl(listening.orReceiver(start.statusCallbackUrl)), start.runOptions());
      return TaskPrinting.afterStart(this, created, start, listening);
    }
  }
}
