package com.browseract.cli;

import com.browseract.client.internal.schema.InputTyping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** A bot run's {@code input}: {@code --input NAME=VALUE} typed by the bot's schema, {@code --input-json}. */
final class BotInputMixin {
  @Option(names = {"-i", "--input"}, paramLabel = "NAME=VALUE",
      description = "An input value; repeatable. Typed by the bot's input_schema: a number field gets a number, a"
          + " boolean one true or false. Arrays and objects go in --input-json.")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(names = "--input-json", paramLabel = "JSON|@FILE|-",
      description = "The input as a JSON object: inline, @FILE to read a file, - to read stdin. --input values"
          + " are set over it.")
  String inputJson;

  @Option(names = "--no-validate", description = "Send the input as given: no schema fetched, no check before"
      + " the run (--input values stay text).")
  boolean noValidate;

  /** Where {@code -} reads from; tests set another stream. */
  InputStream stdin = System.in;

  /** @return whether the input is to be checked against the bot's schema before it is sent */
  boolean validate() {
    return !noValidate;
  }

  /**
   * The run's input: the {@code --input-json} object (or an empty one), then every {@code --input} over it.
   *
   * @param inputSchema the bot's {@code input_schema}, asked for only when values are to be typed
   * @return the input, in the order given
   * @throws IllegalArgumentException naming the option and the field that cannot be read
   */
  Map<String, Object> input(Supplier<Map<String, Object>> inputSchema) {
    Map<String, Object> input = new LinkedHashMap<>(jsonObject());
    if (!inputs.isEmpty()) {
      InputTyping typing = noValidate ? InputTyping.untyped() : InputTyping.of(inputSchema.get());
      inputs.forEach((name, text) -> {
        try {
          input.put(name, typing.value(name, text));
        } catch (IllegalArgumentException e) {
          String advice = e.getMessage().contains("cannot give") ? ": give it with --input-json" : "";
          throw new IllegalArgumentException("--input " + e.getMessage() + advice, e);
        }
      });
    }
    return input;
  }

  private Map<String, Object> jsonObject() {
    if (inputJson == null) {
      return Map.of();
    }
    Object value;
    try {
      value = JsonValues.parse(text(inputJson));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().startsWith("--input-json") ? e.getMessage()
          : "--input-json: " + e.getMessage(), e);
    }
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("--input-json must be a JSON object of input name → value, such as"
          + " '{\"keyword\": \"laptops\"}'");
    }
    Map<String, Object> object = new LinkedHashMap<>();
    ((Map<?, ?>) value).forEach((name, item) -> object.put(String.valueOf(name), item));
    return object;
  }

  private String text(String given) {
    try {
      if (given.equals("-")) {
        return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (given.startsWith("@")) {
        return Files.readString(Path.of(given.substring(1)), StandardCharsets.UTF_8);
      }
      return given;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--input-json: no file " + given.substring(1), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("--input-json: cannot read " + given + ": " + e.getMessage(), e);
    }
  }
}
