package com.browseract.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h} or ISO-8601 such as {@code PT10M}. */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(text);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          return positive(Duration.ofMillis(amount), value);
        case "s":
          return positive(Duration.ofSeconds(amount), value);
        case "m":
          return positive(Duration.ofMinutes(amount), value);
        default:
          return positive(Duration.ofHours(amount), value);
      }
    }
    try {
      return positive(Duration.parse(value.trim()), value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a duration: use 500ms, 30s, 10m, 1h or PT10M");
    }
  }

  private static Duration positive(Duration d, String value) {
    if (d.isZero() || d.isNegative()) {
      throw new TypeConversionException("'" + value + "' must be a positive duration");
    }
    return d;
  }
}
