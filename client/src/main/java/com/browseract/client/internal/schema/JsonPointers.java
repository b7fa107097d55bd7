package com.browseract.client.internal.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** JSON Pointers (RFC 6901) over Moshi values, and their readable form for messages. */
final class JsonPointers {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  /** What {@link #resolve} answers for a pointer that leads nowhere (a JSON null is a value). */
  static final Object MISSING = new Object();

  private JsonPointers() {
  }

  /** A deep, unmodifiable copy of a JSON value, so that what the caller changes later changes nothing here. */
  static Object frozenCopy(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((name, member) -> copy.put(String.valueOf(name), frozenCopy(member)));
      return Collections.unmodifiableMap(copy);
    } else if (value instanceof List) {
      List<Object> copy = new ArrayList<>(((List<?>) value).size());
      for (Object element : (List<?>) value) {
        copy.add(frozenCopy(element));
      }
      return Collections.unmodifiableList(copy);
    }
    MoshiJsonNode.typeOf(value); // refuses what is not a JSON value
    return value;
  }

  /** The value at {@code pointer} ({@code ""} is the root), or {@link #MISSING}. */
  static Object resolve(Object root, String pointer) {
    Object current = root;
    for (String segment : segments(pointer)) {
      if (current instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) current;
        if (!map.containsKey(segment)) {
          return MISSING;
        }
        current = map.get(segment);
      } else if (current instanceof List) {
        int index = index(segment);
        List<?> list = (List<?>) current;
        if (index < 0 || index >= list.size()) {
          return MISSING;
        }
        current = list.get(index);
      } else {
        return MISSING;
      }
    }
    return current;
  }

  /** {@code /items/2/price} in {@code root} as {@code input.items[2].price}; odd names as {@code input["a b"]}. */
  static String readable(String rootName, Object root, String pointer) {
    StringBuilder path = new StringBuilder(rootName);
    Object current = root;
    for (String segment : segments(pointer)) {
      if (current instanceof List && index(segment) >= 0) {
        path.append('[').append(segment).append(']');
        current = resolve(current, "/" + segment);
      } else {
        appendProperty(path, segment);
        current = current instanceof Map ? ((Map<?, ?>) current).get(segment) : null;
      }
    }
    return path.toString();
  }

  static void appendProperty(StringBuilder path, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      path.append('.').append(name);
    } else {
      path.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
    }
  }

  private static String[] segments(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return new String[0];
    }
    String[] parts = pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].replace("~1", "/").replace("~0", "~");
    }
    return parts;
  }

  private static int index(String segment) {
    if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(segment);
  }
}
