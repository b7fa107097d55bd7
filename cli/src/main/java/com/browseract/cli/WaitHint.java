package com.browseract.cli;

import picocli.CommandLine;

/** How to keep waiting for a task after a wait ended early: the command of the API the task belongs to. */
enum WaitHint {
  /** A v2 task: {@code browseract task wait ID}. */
  V2("browseract task wait "),
  /** A v3 run: {@code browseract runs wait ID}. */
  V3("browseract runs wait ");

  private final String command;

  WaitHint(String command) {
    this.command = command;
  }

  String keepWaiting(String taskId) {
    return command + taskId;
  }

  /** The hint for a command: v3's under {@code bots} and {@code runs}, v2's elsewhere. */
  static WaitHint of(CommandLine command) {
    String name = command.getCommandSpec().qualifiedName(" ");
    return name.matches("\\S+ (bots|runs)( .*)?") ? V3 : V2;
  }
}
