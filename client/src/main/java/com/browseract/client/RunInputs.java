package com.browseract.client;

import com.squareup.moshi.JsonAdapter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a run's input, a {@code Map} or any object Moshi can write, into the JSON object v3 sends. */
final class RunInputs {
  private static final JsonAdapter<Object> ANY = Json.MOSHI.adapter(Object.class);

  private RunInputs() {
  }

  /**
   * @param input a {@code Map} of input names to values, or an object whose fields Moshi writes as such
   * @return the input as a JSON object, copied (what is sent, and sent again on a retry, is what was passed now);
   *     whole numbers stay whole (a copy through {@code Object} would turn {@code 3} into {@code 3.0})
   * @throws IllegalArgumentException when the input is null, or is not written as a JSON object
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> toObject(Object input) {
    Validation.requireNonNull("input", input);
    Object json;
    try {
      json = ANY.toJsonValue(input);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("input cannot be written as JSON (" + input.getClass().getName() + "): "
          + e.getMessage(), e);
    }
    if (!(json instanceof Map)) {
      throw new IllegalArgumentException("input must be a JSON object (a Map or an object with fields), was "
          + (json == null ? "null" : json.getClass().getSimpleName()));
    }
    return new LinkedHashMap<>((Map<String, Object>) json);
  }
}
