package com.browseract.client.internal.schema;

import dev.harrel.jsonschema.Error;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the schema library's errors into one line per problem: the field as the caller wrote it
 * ({@code input.items[2].price}) and what was expected, in our words where the library's are poor.
 */
final class Violations {
  static final String ROOT = "input";
  static final int SHOWN = 10;
  /** An error found inside one alternative of anyOf/oneOf, or one item tried by contains: the parent says it. */
  private static final Pattern INSIDE_ALTERNATIVE = Pattern.compile(".*/(anyOf|oneOf)/\\d+(/.*)?|.*/(contains|not)/.*");

  private final Object schema;
  private final URI schemaUri;
  private final Object input;

  Violations(Object schema, URI schemaUri, Object input) {
    this.schema = schema;
    this.schemaUri = schemaUri;
    this.input = input;
  }

  /** Every problem, deduplicated, in the library's order. */
  List<String> describe(List<Error> errors) {
    Set<String> problems = new LinkedHashSet<>();
    for (Error error : errors) {
      String evaluationPath = error.getEvaluationPath() == null ? "" : error.getEvaluationPath();
      if (!INSIDE_ALTERNATIVE.matcher(evaluationPath).matches()) {
        describe(error, evaluationPath, problems);
      }
    }
    return new ArrayList<>(problems);
  }

  /** One message: the count, then at most {@link #SHOWN} problems and how many more there are. */
  static String summary(List<String> problems) {
    StringBuilder message = new StringBuilder(ROOT).append(" does not match the input_schema (")
        .append(problems.size()).append(problems.size() == 1 ? " problem): " : " problems): ");
    for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
      message.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    if (problems.size() > SHOWN) {
      message.append("; and ").append(problems.size() - SHOWN).append(" more");
    }
    return message.toString();
  }

  private void describe(Error error, String evaluationPath, Set<String> problems) {
    String at = error.getInstanceLocation() == null ? "" : error.getInstanceLocation();
    String field = JsonPointers.readable(ROOT, input, at);
    Object value = JsonPointers.resolve(input, at);
    Object subschema = schemaAt(error.getSchemaLocation());
    String keyword = error.getKeyword();
    Object keywordValue = subschema instanceof Map ? ((Map<?, ?>) subschema).get(keyword) : null;
    if (keyword == null) {
      problems.add(field + ": " + falseSchema(evaluationPath));
    } else if ("required".equals(keyword) && keywordValue instanceof List && value instanceof Map) {
      int before = problems.size();
      for (Object name : (List<?>) keywordValue) {
        if (!((Map<?, ?>) value).containsKey(name)) {
          StringBuilder path = new StringBuilder(field);
          JsonPointers.appendProperty(path, String.valueOf(name));
          problems.add(path + ": required but missing");
        }
      }
      if (problems.size() == before) {
        problems.add(field + ": " + error.getError());
      }
    } else {
      String expected = keywordValue == null ? null : expected(keyword, keywordValue);
      boolean scalar = value instanceof String || value instanceof Number || value instanceof Boolean;
      String got = "type".equals(keyword) && scalar ? typeName(value) + " " + show(value) : show(value);
      problems.add(field + ": " + (expected == null ? error.getError() : expected + ", got " + got));
    }
  }

  /** What a keyword asks for, in words; {@code null} where the library's message is kept. */
  private static String expected(String keyword, Object limit) {
    switch (keyword) {
      case "type":
        return "expected " + (limit instanceof List ? join((List<?>) limit, " or ", false) : limit);
      case "enum":
        return "expected one of " + join((List<?>) limit, ", ", true);
      case "const":
        return "expected " + show(limit);
      case "minimum":
        return "expected at least " + number(limit);
      case "maximum":
        return "expected at most " + number(limit);
      case "exclusiveMinimum":
        return "expected more than " + number(limit);
      case "exclusiveMaximum":
        return "expected less than " + number(limit);
      case "multipleOf":
        return "expected a multiple of " + number(limit);
      case "minLength":
        return "expected at least " + number(limit) + " characters";
      case "maxLength":
        return "expected at most " + number(limit) + " characters";
      case "pattern":
        return "expected text matching " + limit;
      case "minItems":
        return "expected at least " + number(limit) + " items";
      case "maxItems":
        return "expected at most " + number(limit) + " items";
      case "minProperties":
        return "expected at least " + number(limit) + " properties";
      case "maxProperties":
        return "expected at most " + number(limit) + " properties";
      case "anyOf":
        return "expected any of " + alternatives((List<?>) limit);
      case "oneOf":
        return "expected exactly one of " + alternatives((List<?>) limit);
      default:
        return null;
    }
  }

  /** A {@code false} subschema: say which keyword placed it there. */
  private static String falseSchema(String evaluationPath) {
    if (evaluationPath.endsWith("/additionalProperties") || evaluationPath.endsWith("/unevaluatedProperties")) {
      return "not allowed: the schema accepts no other properties";
    }
    if (evaluationPath.endsWith("/items") || evaluationPath.endsWith("/unevaluatedItems")) {
      return "not allowed: the array has more items than the schema accepts";
    }
    if (evaluationPath.endsWith("/propertyNames")) {
      return "not allowed: the schema accepts no property names here";
    }
    return "not allowed by the schema";
  }

  private static String alternatives(List<?> schemas) {
    List<Object> types = new ArrayList<>();
    for (Object alternative : schemas) {
      Object type = alternative instanceof Map ? ((Map<?, ?>) alternative).get("type") : null;
      if (type == null) {
        return schemas.size() + " alternative schemas";
      }
      types.add(type);
    }
    return join(types, " | ", false);
  }

  private Object schemaAt(String location) {
    int hash = location == null ? -1 : location.indexOf('#');
    if (hash < 0 || !location.substring(0, hash).equals(schemaUri.toString())) {
      return null; // another resource: the library's own message is used instead
    }
    Object found = JsonPointers.resolve(schema, SchemaReferences.decode(location.substring(hash + 1)));
    return found == JsonPointers.MISSING ? null : found;
  }

  private static String join(List<?> values, String separator, boolean quoted) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(values.size(), SHOWN);
    for (int i = 0; i < shown; i++) {
      text.append(i == 0 ? "" : separator).append(quoted ? show(values.get(i)) : String.valueOf(values.get(i)));
    }
    if (values.size() > shown) {
      text.append(separator).append("… (").append(values.size() - shown).append(" more)");
    }
    return text.toString();
  }

  /** A value as a reader expects it in a message: strings quoted and cut, 5 not 5.0, containers named. */
  static String show(Object value) {
    if (value == JsonPointers.MISSING) {
      return "nothing";
    } else if (value instanceof String) {
      String text = (String) value;
      return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    } else if (value instanceof Number) {
      return number(value);
    } else if (value instanceof Map) {
      return "an object";
    } else if (value instanceof List) {
      return "an array of " + ((List<?>) value).size();
    }
    return String.valueOf(value);
  }

  private static String typeName(Object value) {
    return MoshiJsonNode.typeOf(value).getName();
  }

  private static String number(Object value) {
    if (!(value instanceof Number)) {
      return String.valueOf(value);
    }
    BigDecimal exact = MoshiJsonNode.decimal((Number) value);
    return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
  }
}
