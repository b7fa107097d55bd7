package com.browseract.cli;

/** A command that only groups subcommands: run alone, it prints its usage and exits with a usage error. */
abstract class GroupCommand extends ApiCommand {
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
