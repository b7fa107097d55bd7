package com.browseract.client.internal.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Refuses, at compile time, a schema whose {@code $ref} leads outside it: the check never fetches anything. */
final class SchemaReferences {
  private SchemaReferences() {
  }

  static void requireLocal(Object schema) {
    Set<String> ids = new HashSet<>();
    Set<String> references = new HashSet<>();
    collect(schema, ids, references);
    for (String reference : references) {
      String document = reference.contains("#") ? reference.substring(0, reference.indexOf('#')) : reference;
      if (reference.startsWith("#/") && JsonPointers.resolve(schema, decode(reference.substring(1)))
          == JsonPointers.MISSING) {
        throw new IllegalArgumentException("input_schema is not usable: $ref " + reference + " points to nothing");
      }
      if (!document.isEmpty() && !ids.contains(document) && !isMetaSchema(document)) {
        throw new IllegalArgumentException("input_schema is not usable: $ref " + reference
            + " refers to another document, which is never fetched");
      }
    }
  }

  /** Whether the schema names resources of its own ({@code $id}), which must not meet another schema's. */
  static boolean declaresIds(Object schema) {
    Set<String> ids = new HashSet<>();
    collect(schema, ids, new HashSet<>());
    return !ids.isEmpty();
  }

  private static void collect(Object node, Set<String> ids, Set<String> references) {
    if (node instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) node).entrySet()) {
        Object key = entry.getKey();
        if ("$id".equals(key) && entry.getValue() instanceof String) {
          ids.add((String) entry.getValue());
        } else if (("$ref".equals(key) || "$dynamicRef".equals(key)) && entry.getValue() instanceof String) {
          references.add((String) entry.getValue());
        }
        collect(entry.getValue(), ids, references);
      }
    } else if (node instanceof List) {
      for (Object element : (List<?>) node) {
        collect(element, ids, references);
      }
    }
  }

  private static boolean isMetaSchema(String document) {
    return document.startsWith("https://json-schema.org/") || document.startsWith("http://json-schema.org/");
  }

  /** A pointer taken from a URI fragment, percent-decoding undone. */
  static String decode(String pointer) {
    return pointer.contains("%")
        ? java.net.URLDecoder.decode(pointer.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)
        : pointer;
  }
}
