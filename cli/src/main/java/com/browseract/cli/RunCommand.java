package com.browseract.cli;

import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.StartedTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code browseract run WORKFLOW_ID}: start a task, and with {@code --wait} follow it to the end. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Start a task from a workflow.")
final class RunCommand extends ApiCommand {
  @Parameters(paramLabel = "WORKFLOW_ID", description = "The workflow to run.")
  String workflowId;

  @Option(names = "--save-browser-data", description = "Keep cookies and storage; prints a profile id.")
  boolean saveBrowserData;

  @Option(names = "--profile-id", paramLabel = "ID", description = "Start with the browser data of this profile.")
  String profileId;

  @Mixin
  ParameterInputsMixin parameters;

  @Mixin
  StartOptionsMixin start;

  @Override
  public Integer call() {
    try (Listening listening = start.listen(this)) {
      RunTaskRequest request = new RunTaskRequest().workflowId(workflowId)
          .inputParameters(parameters.inputParameters()).profileId(profileId)
          .callbackUrl(listening.orReceiver(start.callbackUrl))
          .statusChangeCallbackUrl(listening.orReceiver(start.statusCallbackUrl));
      if (saveBrowserData) {
        request.saveBrowserData(true);
      }
      StartedTask created = client().tasks().run(request, start.runOptions());
      return TaskPrinting.afterStart(this, created, start, listening);
    }
  }
}
