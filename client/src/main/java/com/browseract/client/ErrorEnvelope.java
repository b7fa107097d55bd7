package com.browseract.client;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;

/**
 * BrowserAct's error envelope ({@code code}, {@code msg}, {@code traceId}, …), read leniently.
 *
 * <p>The real API does not send what its document promises (its {@code time} is not ISO 8601, its {@code data} is
 * null), so the generated model is not used here: only the three fields a caller acts on are read, each of any
 * JSON type, and everything else is skipped. A body that is not a JSON object, or that has none of the three, is
 * not an envelope.
 */
final class ErrorEnvelope {
  final Integer code;
  final String msg;
  final String traceId;

  private ErrorEnvelope(Integer code, String msg, String traceId) {
    this.code = code;
    this.msg = msg;
    this.traceId = traceId;
  }

  /** True when {@code code} says failure: present and not zero. */
  boolean isError() {
    return code != null && code != 0;
  }

  /** @return the envelope in {@code text}, or null when {@code text} is not one */
  static ErrorEnvelope parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      return read(reader);
    } catch (IOException | RuntimeException notAnEnvelope) {
      return null;
    }
  }

  private static ErrorEnvelope read(JsonReader reader) throws IOException {
    reader.setLenient(true);
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return null;
    }
    Integer code = null;
    String msg = null;
    String traceId = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "code":
          code = integerOrNull(scalar(reader));
          break;
        case "msg":
          msg = scalar(reader);
          break;
        case "message":
          msg = msg == null ? scalar(reader) : skip(reader);
          break;
        case "traceId":
        case "trace_id":
          traceId = scalar(reader);
          break;
        default:
          reader.skipValue();
      }
    }
    return code == null && msg == null && traceId == null ? null : new ErrorEnvelope(code, msg, traceId);
  }

  /** A string, number or boolean as text; null for null and for objects and arrays (skipped). */
  private static String scalar(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case STRING:
      case NUMBER:
        return reader.nextString();
      case BOOLEAN:
        return String.valueOf(reader.nextBoolean());
      default:
        return skip(reader);
    }
  }

  private static String skip(JsonReader reader) throws IOException {
    reader.skipValue();
    return null;
  }

  private static Integer integerOrNull(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException notAnInteger) {
      return null;
    }
  }
}
