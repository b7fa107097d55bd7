package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.ModelJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;

/** What the suite reads from {@code openapi/browseract.yaml}: operations and schemas. */
final class Spec {
  private static final Map<String, Object> DOCUMENT = load();
  private static final JsonAdapter<Object> TREE = new Moshi.Builder().build().adapter(Object.class);

  private Spec() {
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load() {
    try (InputStream in = Files.newInputStream(Prism.specFile())) {
      return (Map<String, Object>) new Yaml().load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the spec: " + e, e);
    }
  }

  /** @return operationId by "METHOD /path", sorted */
  @SuppressWarnings("unchecked")
  static Map<String, String> operations() {
    Map<String, String> operations = new TreeMap<>();
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) DOCUMENT.get("paths");
    paths.forEach((path, item) -> item.forEach((method, op) ->
        operations.put(method.toUpperCase() + " " + path, (String) ((Map<String, Object>) op).get("operationId"))));
    return operations;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(String name) {
    Map<String, Object> components = (Map<String, Object>) DOCUMENT.get("components");
    return (Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name);
  }

  /**
   * Asserts that a parsed model, written back to JSON, has every property the named schema requires, at every
   * level of nesting.
   */
  static void assertHasRequiredFields(Object model, String schemaName) {
    Object tree;
    try {
      tree = TREE.fromJson(ModelJson.toJson(model));
    } catch (IOException e) {
      throw new IllegalStateException("cannot re-read " + model, e);
    }
    checkRequired(tree, Map.of("$ref", "#/components/schemas/" + schemaName), "$");
  }

  @SuppressWarnings("unchecked")
  private static void checkRequired(Object value, Map<String, Object> schema, String path) {
    if (value == null) {
      return;
    }
    if (schema.containsKey("$ref")) {
      String ref = (String) schema.get("$ref");
      checkRequired(value, schema(ref.substring(ref.lastIndexOf('/') + 1)), path);
      return;
    }
    if (value instanceof List && schema.get("items") instanceof Map) {
      List<Object> items = (List<Object>) value;
      for (int i = 0; i < items.size(); i++) {
        checkRequired(items.get(i), (Map<String, Object>) schema.get("items"), path + "[" + i + "]");
      }
      return;
    }
    if (!(value instanceof Map)) {
      return;
    }
    Map<String, Object> object = (Map<String, Object>) value;
    for (String required : (List<String>) schema.getOrDefault("required", List.of())) {
      assertThat(object).as("required field %s.%s", path, required).containsKey(required);
    }
    Map<String, Map<String, Object>> properties =
        (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
    properties.forEach((name, property) -> checkRequired(object.get(name), property, path + "." + name));
  }
}
