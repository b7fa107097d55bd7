package com.browseract.client;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import com.squareup.moshi.adapters.EnumJsonAdapter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** The one Moshi instance of the SDK, set up for forward compatibility with newer API versions. */
final class Json {
  /** The generated models' packages: v2's and v3's ("Bots"). */
  static final Set<String> MODEL_PACKAGES = Set.of("com.browseract.client.model", "com.browseract.client.v3.model");

  static final Moshi MOSHI = new Moshi.Builder()
      .add(new UnknownEnumFallbackFactory())
      .add(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
      .build();

  private Json() {
  }

  /**
   * Maps an enum value this SDK does not know (a status added by a newer API) to the enum's {@code UNKNOWN}
   * constant instead of failing the whole response, for v2's and v3's models alike. Every generated enum has that
   * constant (the model templates add it); the raw value is not kept.
   */
  static final class UnknownEnumFallbackFactory implements JsonAdapter.Factory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonAdapter<?> create(Type type, Set<? extends java.lang.annotation.Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty()) {
        return null;
      }
      Class<?> raw = Types.getRawType(type);
      if (!raw.isEnum() || !MODEL_PACKAGES.contains(raw.getPackageName())) {
        return null;
      }
      Class<? extends Enum> enumType = (Class<? extends Enum>) raw;
      return EnumJsonAdapter.create(enumType).withUnknownFallback(Enum.valueOf(enumType, "UNKNOWN")).nullSafe();
    }
  }

  /** ISO-8601 date-times; an instant without offset is read as UTC. */
  static final class OffsetDateTimeAdapter extends JsonAdapter<OffsetDateTime> {
    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      OffsetDateTime canonical = parseCanonical(text);
      if (canonical != null) {
        return canonical;
      }
      try {
        return OffsetDateTime.parse(text);
      } catch (DateTimeParseException notOffset) {
        try {
          return java.time.LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
          throw new JsonDataException("Expected an ISO-8601 date-time but was " + text + " at path " + reader.getPath());
        }
      }
    }

    /**
     * Reads the one shape the API sends, {@code 2026-11-20T09:00:00[.fraction](Z|+hh:mm)}, without
     * {@code DateTimeFormatter}, which costs several times more time and allocation; {@code null} for anything
     * else, which then goes through the full ISO parsers.
     */
    static OffsetDateTime parseCanonical(String text) {
      int length = text.length();
      if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) != 'T'
          && text.charAt(10) != 't') || text.charAt(13) != ':' || text.charAt(16) != ':') {
        return null;
      }
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      if ((year | month | day | hour | minute | second) < 0) {
        return null;
      }
      int position = 19;
      int nanos = 0;
      if (text.charAt(position) == '.') {
        int start = ++position;
        while (position < length && position - start < 9 && Character.isDigit(text.charAt(position))) {
          nanos = nanos * 10 + (text.charAt(position++) - '0');
        }
        if (position == start || (position < length && Character.isDigit(text.charAt(position)))) {
          return null;
        }
        for (int scale = position - start; scale < 9; scale++) {
          nanos *= 10;
        }
      }
      ZoneOffset offset = offset(text, position);
      try {
        return offset == null ? null : OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
      } catch (java.time.DateTimeException outOfRange) {
        return null;
      }
    }

    private static ZoneOffset offset(String text, int position) {
      int remaining = text.length() - position;
      if (remaining < 1) {
        return null;
      }
      char sign = text.charAt(position);
      if (remaining == 1 && (sign == 'Z' || sign == 'z')) {
        return ZoneOffset.UTC;
      }
      if (remaining != 6 || (sign != '+' && sign != '-') || text.charAt(position + 3) != ':') {
        return null;
      }
      int hours = digits(text, position + 1, 2);
      int minutes = digits(text, position + 4, 2);
      if ((hours | minutes) < 0 || hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
        return null; // not an offset: the full parsers below reject it with the usual JSON error
      }
      return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    /** The number written by {@code count} ASCII digits at {@code start}, or -1. */
    private static int digits(String text, int start, int count) {
      int value = 0;
      for (int i = start; i < start + count; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** A deep copy of a model, through its JSON form. */
  static <T> T copy(T model, Class<T> type) {
    JsonAdapter<T> adapter = MOSHI.adapter(type);
    return adapter.fromJsonValue(adapter.toJsonValue(model));
  }

  static Instant epochToInstant(long value) {
    // The API documents some timestamps as milliseconds and leaves others unstated; values this large are ms.
    return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
  }
}
