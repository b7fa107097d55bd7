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
  static final String MODEL_PACKAGE = "com.browseract.client.model";

  static final Moshi MOSHI = new Moshi.Builder()
      .add(new UnknownEnumFallbackFactory())
      .add(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
      .build();

  private Json() {
  }

  /**
   * Maps an enum value this SDK does not know (a status added by a newer API) to the enum's {@code UNKNOWN}
   * constant instead of failing the whole response. Every generated enum has that constant.
   */
  static final class UnknownEnumFallbackFactory implements JsonAdapter.Factory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonAdapter<?> create(Type type, Set<? extends java.lang.annotation.Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty()) {
        return null;
      }
      Class<?> raw = Types.getRawType(type);
      if (!raw.isEnum() || !MODEL_PACKAGE.equals(raw.getPackageName())) {
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

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      writer.value(value.toString());
    }
  }

  static Instant epochToInstant(long value) {
    // The API documents some timestamps as milliseconds and leaves others unstated; values this large are ms.
    return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
  }
}
