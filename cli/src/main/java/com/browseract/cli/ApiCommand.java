package com.browseract.cli;

import com.browseract.client.BrowserAct;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Base of the commands that call the API: access to the client and the printer of the root command. */
abstract class ApiCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  Cli root() {
    return (Cli) spec.root().userObject();
  }

  BrowserAct client() {
    return root().client();
  }

  Printer printer() {
    return root().printer();
  }
}
