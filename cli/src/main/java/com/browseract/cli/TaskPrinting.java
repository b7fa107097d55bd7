package com.browseract.cli;

import com.browseract.client.model.StartedTask;
import com.browseract.client.model.Task;

/** What run and run-template print once the task is created: the task, or with --wait its final state. */
final class TaskPrinting {
  private TaskPrinting() {
  }

  static int afterStart(ApiCommand command, StartedTask created, StartOptionsMixin start, Listening listening) {
    Printer printer = command.printer();
    if (!start.waitForEnd) {
      printer.result(created, () -> {
        printer.line("Started task " + created.getId());
        if (created.getProfileId() != null) {
          printer.line("Browser profile " + created.getProfileId());
        }
      });
      return ExitCodes.OK;
    }
    printer.err.println("Started task " + created.getId()
        + (created.getProfileId() == null ? "" : " (browser profile " + created.getProfileId() + ")"));
    Task task = start.waiting.await(command.client(), created.getId(), printer, listening.url());
    printer.result(task, () -> printer.task(task));
    return ExitCodes.OK;
  }
}
