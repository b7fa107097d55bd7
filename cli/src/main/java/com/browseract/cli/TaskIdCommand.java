package com.browseract.cli;

import picocli.CommandLine.Parameters;

/** Base of the commands that act on one task (v2) or run (v3), named by its id. */
abstract class TaskIdCommand extends ApiCommand {
  @Parameters(paramLabel = "TASK_ID", description = "The task's id (a v3 run's task_id).")
  String taskId;
}
