package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.ModelJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;

/** What the suite reads from one OpenAPI document (v2's or v3's): operations, schemas, examples. */
final class SpecDocument {
  private static final JsonAdapter<Object> TREE = new Moshi.Builder().build().adapter(Object.class);

  private final Path file;
  private final Map<String, Object> document;

  private SpecDocument(Path file, Map<String, Object> document) {
    this.file = file;
    this.document = document;
  }

  @SuppressWarnings("unchecked")
  static SpecDocument load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new SpecDocument(file, (Map<String, Object>) new Yaml().load(in));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the spec " + file + ": " + e, e);
    }
  }

  Path file() {
    return file;
  }

  /** @return operationId by "METHOD /path" (the path as the document writes it, with templates), sorted */
  @SuppressWarnings("unchecked")
  Map<String, String> operations() {
    Map<String, String> operations = new TreeMap<>();
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
    paths.forEach((path, item) -> item.forEach((method, op) ->
        operations.put(method.toUpperCase() + " " + path, (String) ((Map<String, Object>) op).get("operationId"))));
    return operations;
  }

  /**
   * The operation a request reaches, as a router does: {@code /v3/bots/runs} is pageRuns, not queryBot with
   * {@code bot_id=runs}, because a path with fewer templated segments wins.
   *
   * @return the operationId, or null when no path of the document matches
   */
  String operationOf(String method, String encodedPath) {
    String[] actual = encodedPath.split("/", -1);
    String best = null;
    int bestTemplates = Integer.MAX_VALUE;
    for (Map.Entry<String, String> entry : operations().entrySet()) {
      String key = entry.getKey();
      int space = key.indexOf(' ');
      if (!key.substring(0, space).equals(method)) {
        continue;
      }
      String[] template = key.substring(space + 1).split("/", -1);
      if (template.length != actual.length) {
        continue;
      }
      int templates = 0;
      boolean matches = true;
      for (int i = 0; i < template.length && matches; i++) {
        if (template[i].startsWith("{") && template[i].endsWith("}")) {
          templates++;
          matches = !actual[i].isEmpty();
        } else {
          matches = template[i].equals(actual[i]);
        }
      }
      if (matches && templates < bestTemplates) {
        best = entry.getValue();
        bestTemplates = templates;
      }
    }
    return best;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> component(String kind, String name) {
    Map<String, Object> components = (Map<String, Object>) document.get("components");
    return (Map<String, Object>) ((Map<String, Object>) components.get(kind)).get(name);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> operation(String operationId) {
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
    for (Map<String, Object> item : paths.values()) {
      for (Object op : item.values()) {
        if (operationId.equals(((Map<String, Object>) op).get("operationId"))) {
          return (Map<String, Object>) op;
        }
      }
    }
    throw new IllegalArgumentException("no operation " + operationId + " in " + file);
  }

  /**
   * The named examples of one answer of an operation, with {@code $ref}s to {@code components/examples} resolved,
   * in the document's order (Prism serves the first one unless asked for another).
   *
   * @return the example values by name; empty when the answer has none
   */
  @SuppressWarnings("unchecked")
  Map<String, Object> examples(String operationId, String status) {
    Map<String, Object> responses = (Map<String, Object>) operation(operationId).get("responses");
    Map<String, Object> response = (Map<String, Object>) responses.get(status);
    if (response == null) {
      return Map.of();
    }
    if (response.containsKey("$ref")) {
      String ref = (String) response.get("$ref");
      response = component("responses", ref.substring(ref.lastIndexOf('/') + 1));
    }
    Map<String, Object> content = (Map<String, Object>) response.getOrDefault("content", Map.of());
    Map<String, Object> json = (Map<String, Object>) content.getOrDefault("application/json", Map.of());
    Map<String, Object> examples = new LinkedHashMap<>();
    ((Map<String, Object>) json.getOrDefault("examples", Map.of())).forEach((name, example) -> {
      Map<String, Object> resolved = (Map<String, Object>) example;
      if (resolved.containsKey("$ref")) {
        String ref = (String) resolved.get("$ref");
        resolved = component("examples", ref.substring(ref.lastIndexOf('/') + 1));
      }
      examples.put(name, resolved.get("value"));
    });
    return examples;
  }

  /** The single {@code example} of an answer (OpenAPI 3.0 style), or null. */
  @SuppressWarnings("unchecked")
  Object example(String operationId, String status) {
    Map<String, Object> responses = (Map<String, Object>) operation(operationId).get("responses");
    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) responses.get(status)).get("content");
    return ((Map<String, Object>) content.get("application/json")).get("example");
  }

  /**
   * Asserts that a parsed model, written back to JSON, has every property the named schema requires, at every
   * level of nesting.
   */
  void assertHasRequiredFields(Object model, String schemaName) {
    Object tree;
    try {
      tree = TREE.fromJson(ModelJson.toJson(model));
    } catch (IOException e) {
      throw new IllegalStateException("cannot re-read " + model, e);
    }
    checkRequired(tree, Map.of("$ref", "#/components/schemas/" + schemaName), "$");
  }

  private static boolean isNullable(Map<String, Object> property) {
    if (property == null) {
      return false;
    }
    Object type = property.get("type");
    return Boolean.TRUE.equals(property.get("nullable")) || (type instanceof List && ((List<?>) type).contains("null"));
  }

  @SuppressWarnings("unchecked")
  private void checkRequired(Object value, Map<String, Object> schema, String path) {
    if (value == null) {
      return;
    }
    if (schema.containsKey("$ref")) {
      String ref = (String) schema.get("$ref");
      checkRequired(value, component("schemas", ref.substring(ref.lastIndexOf('/') + 1)), path);
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
    Map<String, Map<String, Object>> properties =
        (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
    for (String required : (List<String>) schema.getOrDefault("required", List.of())) {
      // The model writes a null as nothing, so a required property that may be null cannot be told from a
      // missing one here (Prism's proxy checks the raw answers: RecordedAnswersTest, BotRecordedAnswersTest).
      if (!isNullable(properties.get(required))) {
        assertThat(object).as("required field %s.%s", path, required).containsKey(required);
      }
    }
    properties.forEach((name, property) -> checkRequired(object.get(name), property, path + "." + name));
    if (schema.get("additionalProperties") instanceof Map && !schema.containsKey("properties")) {
      Map<String, Object> valueSchema = (Map<String, Object>) schema.get("additionalProperties");
      object.forEach((name, item) -> checkRequired(item, valueSchema, path + "." + name));
    }
  }
}
