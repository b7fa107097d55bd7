package com.browseract.cli;

import com.browseract.client.ModelJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JSON values (maps, lists, strings, numbers, booleans, null) in and out of the CLI. Moshi reads every
 * number as a {@code Double}: written back, {@code 3} would print as {@code 3.0}. Numbers without a fraction are
 * turned back into {@code Long}s here, so that what the CLI prints or sends reads as the API or the user wrote it.
 */
final class JsonValues {
  private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);

  private JsonValues() {
  }

  /**
   * @param text JSON text
   * @return its value, numbers without a fraction as {@code Long}s
   * @throws IllegalArgumentException when the text is not JSON
   */
  static Object parse(String text) {
    try {
      return whole(ADAPTER.fromJson(text));
    } catch (JsonDataException | IOException e) {
      throw new IllegalArgumentException("not JSON: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
    }
  }

  /** A model (or plain value) as the API would send it, indented by two spaces. */
  static String pretty(Object model) {
    return ADAPTER.indent("  ").toJson(whole(treeOf(model)));
  }

  /** A model as a tree of plain values, with the API's field names. */
  private static Object treeOf(Object model) {
    try {
      return ADAPTER.fromJson(ModelJson.toJson(model));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + model.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** {@code value} with every {@code Double} that is a whole number within a long's range as a {@code Long}. */
  static Object whole(Object value) {
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
