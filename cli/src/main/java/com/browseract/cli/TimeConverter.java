package com.browseract.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a point in time: ISO 8601 with an offset ({@code 2026-11-30T08:00:00Z}), without one (read as UTC), a date
 * ({@code 2026-11-30}, its start in UTC), or an age such as {@code 2h} (two hours ago), {@code 30m}, {@code 7d}.
 * {@link Cli#commandLine(Clock)} registers one for every {@code Instant} option, so ages are read from its clock.
 */
final class TimeConverter implements ITypeConverter<Instant> {
  private static final Pattern AGE = Pattern.compile("(\\d+)(s|m|h|d)");

  private final Clock clock;

  TimeConverter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Instant convert(String value) {
    String text = value.trim();
    Matcher age = AGE.matcher(text.toLowerCase(Locale.ROOT));
    if (age.matches()) {
      long amount = Long.parseLong(age.group(1));
      Duration ago = age.group(2).equals("d") ? Duration.ofDays(amount)
          : new DurationConverter().convert(text.toLowerCase(Locale.ROOT));
      return clock.instant().minus(ago);
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
          throw new TypeConversionException("'" + value + "' is not a time: use ISO 8601 such as"
              + " 2026-11-30T08:00:00Z or 2026-11-30, or an age such as 2h, 30m, 7d");
        }
      }
    }
  }
}
