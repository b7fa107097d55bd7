package com.browseract.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One answer of the real API, kept as a file {@code <operationId>.<HTTP status>.<case>.json} in
 * {@code src/test/resources/recorded-answers}: the file holds the body exactly as sent.
 */
final class RecordedAnswer {
  static final String FOLDER = "recorded-answers";
  /** v3's answers, named the same way with v3's operationIds. */
  static final String FOLDER_V3 = "recorded-answers-v3";
  private static final Pattern NAME = Pattern.compile("([A-Za-z]+)\\.(\\d{3})\\.([a-z0-9-]+)\\.json");

  final String name;
  final String operation;
  final int status;
  final String body;

  private RecordedAnswer(String name, String operation, int status, String body) {
    this.name = name;
    this.operation = operation;
    this.status = status;
    this.body = body;
  }

  /** Every recorded answer, sorted by name; a file whose name does not follow the pattern fails the run. */
  static List<RecordedAnswer> all() {
    return all(FOLDER);
  }

  /** Every recorded answer of one folder, sorted by name. */
  static List<RecordedAnswer> all(String folder) {
    try (Stream<Path> files = Files.list(folder(folder))) {
      return files.sorted().map(RecordedAnswer::read).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path folder(String folder) {
    try {
      return Paths.get(RecordedAnswer.class.getResource("/" + folder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RecordedAnswer read(Path file) {
    String name = file.getFileName().toString();
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      throw new IllegalStateException(file + " is not named <operationId>.<status>.<case>.json");
    }
    try {
      return new RecordedAnswer(name, matcher.group(1), Integer.parseInt(matcher.group(2)),
          Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name under which an answer is saved, so that {@link #all()} replays it. */
  static String fileName(String operation, int status, String caseName) {
    return operation + "." + status + "." + caseName + ".json";
  }

  /** True for an error envelope that came with a success status: the spec's 2xx schema does not describe it. */
  boolean isEnvelopeInSuccess() {
    return status < 300 && body.contains("\"traceId\"");
  }

  @Override
  public String toString() {
    return name;
  }
}
