package com.browseract.cli;

import com.browseract.client.model.InputParameter;
import com.browseract.client.RunOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code run} and {@code run-template}: inputs, callbacks and waiting. */
final class StartOptionsMixin {
  @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE", description = "An input parameter; repeatable.")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(names = "--callback-url", paramLabel = "URL", description = "Notified when the task ends.")
  String callbackUrl;

  @Option(names = "--status-callback-url", paramLabel = "URL", description = "Notified on every status change.")
  String statusCallbackUrl;

  @Option(names = "--wait", description = "Wait for the task to end and print it.")
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

  /** @return the inputs as the API's list, or null when there are none */
  List<InputParameter> inputParameters() {
    List<InputParameter> params = new ArrayList<>();
    inputs.forEach((name, value) -> params.add(new InputParameter().name(name).value(value)));
    return params.isEmpty() ? null : params;
  }
}
