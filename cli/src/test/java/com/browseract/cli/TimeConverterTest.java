package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class TimeConverterTest {
  private final TimeConverter converter =
      new TimeConverter(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest
  @CsvSource({
      "2h, 2026-11-30T10:00:00Z",
      "30m, 2026-11-30T11:30:00Z",
      "7d, 2026-11-23T12:00:00Z",
      "45s, 2026-11-30T11:59:15Z",
      "2026-11-30T08:00:00Z, 2026-11-30T08:00:00Z",
      "2026-11-30T09:00:00+01:00, 2026-11-30T08:00:00Z",
      "2026-11-30T08:00:00, 2026-11-30T08:00:00Z",
      "2026-11-29, 2026-11-29T00:00:00Z"})
  void readsAgesAndIsoTimes(String text, String expected) {
    assertThat(converter.convert(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2 hours", "-2h", "2026-13-01", ""})
  void refusesAnythingElse(String text) {
    assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class);
  }
}
