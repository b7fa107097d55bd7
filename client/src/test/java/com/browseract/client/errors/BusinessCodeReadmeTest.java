package com.browseract.client.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README's error table says, for every business code, what {@link BusinessCode} does with it. */
class BusinessCodeReadmeTest {
  private static final Path README = Path.of("..", "README.md");

  @ParameterizedTest
  @EnumSource(BusinessCode.class)
  void theReadmeTableHasEveryCodeWithItsExceptionAndKind(BusinessCode code) throws IOException {
    List<String> rows = Files.readAllLines(README, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("|") && line.contains("`" + code.code() + "`")).collect(Collectors.toList());
    String exception = code.exception(ErrorDetails.builder("op", 400).code(code.code()).build()).getClass()
        .getSimpleName();

    assertThat(rows).as("README rows naming code %d", code.code()).singleElement().asString()
        .contains("`" + exception + "`").contains("`" + code.kind().name() + "`");
  }
}
