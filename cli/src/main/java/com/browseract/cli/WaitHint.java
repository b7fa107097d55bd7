package com.browseract.cli;

import picocli.CommandLine;

/** What a wait follows, by API: its name in progress lines, and the command that keeps waiting for it. */
enum WaitHint {
  /** A v2 task: {@code browseract task wait ID}. */
  V2("task", "browseract task wait "),
  /** A v3 run: {@code browseract runs wait ID}. */
  V3("run", "browseract runs wait ");

  private final String noun;
  private final String command;

  WaitHint(String noun, String command) {
    this.noun = noun;
    this.command = command;
  }

  /** @return what the API calls what is waited for: task (v2) or run (v3) */
  String noun() {
    return noun;
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
