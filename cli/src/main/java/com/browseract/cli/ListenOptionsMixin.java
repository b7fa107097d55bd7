package com.browseract.cli;

import picocli.CommandLine.Option;

/**
 * {@code --listen [HOST:]PORT --public-url URL}: a built-in receiver for BrowserAct's callbacks, for any command
 * that follows tasks (a wait, a batch).
 */
final class ListenOptionsMixin {
  @Option(names = "--listen", paramLabel = "[HOST:]PORT",
      description = "With --public-url: receive BrowserAct's callbacks on this port, so that the moment a task ends"
          + " is known at once (its wait returns, a batch refills its slot); the task is then polled only now and"
          + " then as a safety net. Listens on 127.0.0.1 only, which a tunnel or a reverse proxy on this machine"
          + " reaches; give a HOST to listen elsewhere: 0.0.0.0:PORT or [::]:PORT exposes it on every interface.")
  String listen;

  @Option(names = "--public-url", paramLabel = "URL",
      description = "With --listen: how BrowserAct reaches that port from the internet (a public host, a tunnel);"
          + " no user name or password.")
  String publicUrl;

  /**
   * Checks the two options and starts the receiver they ask for, before anything is sent.
   *
   * @param following whether the command follows its tasks to their end (else callbacks are of no use to it)
   */
  Listening start(boolean following, ApiCommand command) {
    return Listening.start(listen, publicUrl, following, command);
  }
}
