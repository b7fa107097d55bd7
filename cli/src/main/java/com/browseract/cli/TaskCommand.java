package com.browseract.cli;

import com.browseract.client.StopOutcome;
import com.browseract.client.model.TaskStatus;
import com.browseract.client.model.Task;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code browseract task get|status|stop|resume|wait TASK_ID}. */
@Command(name = "task", mixinStandardHelpOptions = true, description = "Read or act on one task.",
    subcommands = {TaskCommand.Get.class, TaskCommand.Status.class, TaskCommand.Stop.class,
        TaskCommand.Resume.class, TaskCommand.Wait.class})
final class TaskCommand extends GroupCommand {

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a task in full.")
  static final class Get extends TaskIdCommand {
    @Override
    public Integer call() {
      Task task = client().tasks().get(taskId);
      printer().result(task, () -> printer().task(task));
      return ExitCodes.OK;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Show a task's status.")
  static final class Status extends TaskIdCommand {
    @Override
    public Integer call() {
      TaskStatus status = client().tasks().status(taskId);
      printer().result(Map.of("status", status.getValue()), () -> printer().line(status.getValue()));
      return ExitCodes.OK;
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true, description = "Cancel a task (cannot be resumed).")
  static final class Stop extends TaskIdCommand {
    @Option(names = "--biz-code", paramLabel = "N", description = "A number of yours, recorded with the stop.")
    Integer bizCode;

    @Override
    public Integer call() {
      boolean stopped = client().tasks().stop(taskId, bizCode) == StopOutcome.STOPPED;
      printer().result(Map.of("id", taskId, "stopped", stopped, "already_ended", !stopped), () -> printer().line(
          stopped ? "Stopped task " + taskId : "Task " + taskId + " had already ended: nothing to stop"));
      return ExitCodes.OK;
    }
  }

  @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a paused task.")
  static final class Resume extends TaskIdCommand {
    @Override
    public Integer call() {
      client().tasks().resume(taskId);
      printer().result(Map.of("id", taskId, "resumed", true), () -> printer().line("Resumed task " + taskId));
      return ExitCodes.OK;
    }
  }

  @Command(name = "wait", mixinStandardHelpOptions = true, description = "Wait for a task to end and print it.")
  static final class Wait extends TaskIdCommand {
    @Mixin
    WaitOptionsMixin waiting;

    @Override
    public Integer call() {
      Task task = waiting.await(client(), taskId, printer());
      printer().result(task, () -> printer().task(task));
      return ExitCodes.OK;
    }
  }
}
