package com.browseract.cli;

import com.browseract.client.RunOptions;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that start a task or a run: callbacks, waiting, a slot of the plan. */
final class StartOptionsMixin {
  @Option(names = "--callback-url", paramLabel = "URL", description = "Notified when it ends.")
  String callbackUrl;

  @Option(names = "--status-callback-url", paramLabel = "URL", description = "Notified on every status change.")
  String statusCallbackUrl;

  @Option(names = "--wait", description = "Wait for it to end and print it.")
  boolean waitForEnd;

  @Option(names = "--wait-for-slot", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "When your plan already runs as many tasks as it allows, keep trying to start for up to this"
          + " long (e.g. 10m) instead of failing.")
  Duration waitForSlot;

  @Mixin
  ListenOptionsMixin callbacks;

  @Mixin
  WaitOptionsMixin waiting;

  /** Checks --listen and --public-url and starts the receiver they ask for, before anything is sent. */
  Listening listen(ApiCommand command) {
    return callbacks.start(waitForEnd, command);
  }

  /** @return how to start: waiting for a slot of the plan when asked */
  RunOptions runOptions() {
    return waitForSlot == null ? RunOptions.defaults() : RunOptions.waitForSlot(waitForSlot);
  }
}
