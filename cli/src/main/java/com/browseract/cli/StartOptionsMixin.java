package com.browseract.cli;

import com.browseract.client.model.InputParameter;
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

  @Mixin
  WaitOptionsMixin waiting;

  /** @return the inputs as the API's list, or null when there are none */
  List<InputParameter> inputParameters() {
    List<InputParameter> params = new ArrayList<>();
    inputs.forEach((name, value) -> params.add(new InputParameter().name(name).value(value)));
    return params.isEmpty() ? null : params;
  }
}
