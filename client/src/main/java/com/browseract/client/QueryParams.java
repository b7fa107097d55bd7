package com.browseract.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Optional query parameters by wire name, in order, without nulls (Retrofit refuses null values in a map). */
final class QueryParams {
  private final Map<String, Object> values = new LinkedHashMap<>();

  QueryParams put(String wireName, Object value) {
    if (value != null) {
      values.put(wireName, value);
    }
    return this;
  }

  Map<String, Object> toMap() {
    return Collections.unmodifiableMap(values);
  }
}
