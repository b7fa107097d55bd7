package com.browseract.client.batch;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** JSON helpers for the fake API. */
final class JsonBodies {
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Map<String, Object>> MAP =
      MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final JsonAdapter<String> STRING = MOSHI.adapter(String.class);

  private JsonBodies() {
  }

  static Map<String, Object> parse(String json) {
    try {
      return MAP.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String text) {
    return STRING.toJson(text);
  }
}
