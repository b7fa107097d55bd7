package com.browseract.client.internal.schema;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JSON values (maps, lists, strings, numbers, booleans, null) read from text. Moshi reads every number as a
 * {@code Double}, so {@code 3} would be sent back as {@code 3.0}; numbers without a fraction become {@code Long}s
 * here. Internal: public for the SDK's other packages and the CLI, not an API.
 */
public final class JsonText {
  private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);

  private JsonText() {
  }

  /**
   * @param text JSON text
   * @return its value, numbers without a fraction as {@code Long}s
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static Object parse(String text) {
    try {
      return whole(ADAPTER.fromJson(text));
    } catch (JsonDataException | IOException e) {
      throw new IllegalArgumentException("not JSON: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
    }
  }

  /**
   * @param value a plain JSON value
   * @return a copy whose numbers without a fraction are {@code Long}s
   */
  public static Object whole(Object value) {
    if (value instanceof Double) {
      double number = (Double) value;
      return number == Math.rint(number) && Math.abs(number) < 0x1p63 ? (Object) (long) number : value;
    }
    if (value instanceof Map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((key, item) -> copy.put(key, whole(item)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) value).forEach(item -> copy.add(whole(item)));
      return copy;
    }
    return value;
  }
}
