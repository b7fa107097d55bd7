package com.browseract.cli;

import com.browseract.client.model.InputParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** A v2 task's input parameters: {@code -i NAME=VALUE}, sent as text. */
final class ParameterInputsMixin {
  @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE", description = "An input parameter; repeatable.")
  Map<String, String> inputs = new LinkedHashMap<>();

  /** @return the inputs as the API's list, or null when there are none */
  List<InputParameter> inputParameters() {
    List<InputParameter> params = new ArrayList<>();
    inputs.forEach((name, value) -> params.add(new InputParameter().name(name).value(value)));
    return params.isEmpty() ? null : params;
  }
}
