package com.browseract.client.internal.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the text a command line or a CSV cell gives for a bot's input into the JSON value the bot's
 * {@code input_schema} asks for: {@code integer} and {@code number} become numbers, {@code boolean} a boolean
 * ({@code true} or {@code false}), {@code null} null, {@code string} the text itself. One converter for
 * {@code --input NAME=VALUE} and for the columns of {@code bots batch} CSV inputs.
 *
 * <p>A property's types come from its {@code type} (a name or a list), else from its {@code enum} or {@code const}
 * values, else from the branches of {@code anyOf} / {@code oneOf}; a local {@code $ref} ({@code #/...}) is
 * followed. With several types, the first reading that fits wins in the order integer, number, boolean, null, and
 * the text is a string only when none does. A property that takes an array or an object cannot be given as text
 * on the command line: its error says so, and the caller says where to give it instead; {@link #jsonText()} reads
 * such values as JSON text (a batch's inputs arrive as text, an array or object as its JSON).
 *
 * <p>A schema that declares no {@code properties} (or none at all) types nothing: every value stays text and
 * every name is accepted, the API decides. Otherwise a name the schema does not declare is refused, unless
 * {@code additionalProperties} is {@code true} or a schema (which then types it).
 *
 * <p>Internal: public for the batch engine and the CLI, not an API.
 */
public final class InputTyping {
  /** The JSON Schema type names this converter reads text as; the others (array, object) it refuses. */
  private static final List<String> TEXT_READINGS = List.of("integer", "number", "boolean", "null");

  private final Map<String, Object> root;
  private final Map<String, Object> properties;
  private final Object additional;
  private final boolean jsonText;

  private InputTyping(Map<String, Object> root, Map<String, Object> properties, Object additional,
      boolean jsonText) {
    this.root = root;
    this.properties = properties;
    this.additional = additional;
    this.jsonText = jsonText;
  }

  /**
   * @param inputSchema a bot's (or template's) {@code input_schema}, as the API answers it; null when it has none
   * @return the converter for that schema
   */
  public static InputTyping of(Map<String, Object> inputSchema) {
    if (inputSchema == null || !(inputSchema.get("properties") instanceof Map)) {
      return new InputTyping(inputSchema, null, Boolean.TRUE, false);
    }
    Object additional = inputSchema.get("additionalProperties");
    return new InputTyping(inputSchema, map(inputSchema.get("properties")),
        additional instanceof Map || Boolean.TRUE.equals(additional) ? additional : null, false);
  }

  /** @return this converter, reading the text of an array or object property as JSON */
  public InputTyping jsonText() {
    return new InputTyping(root, properties, additional, true);
  }

  /** @return a converter that keeps every value as text and accepts every name */
  public static InputTyping untyped() {
    return of(null);
  }

  /**
   * The values of {@code texts}, each typed by its property.
   *
   * @param texts name → text, in the order they were given
   * @return name → JSON value, in the same order
   * @throws IllegalArgumentException naming the first field that is unknown or whose text does not fit its type
   */
  public Map<String, Object> values(Map<String, String> texts) {
    Map<String, Object> values = new LinkedHashMap<>();
    texts.forEach((name, text) -> values.put(name, value(name, text)));
    return values;
  }

  /**
   * @param name the input's name
   * @param text its value as text
   * @return the JSON value: a {@code Long}, {@code Double}, {@code Boolean}, {@code String} or null
   * @throws IllegalArgumentException naming the field when the schema does not declare it, when the text does not
   *     fit its type, or when it takes an array or an object
   */
  public Object value(String name, String text) {
    if (properties == null) {
      return text;
    }
    Object property = properties.containsKey(name) ? properties.get(name) : additional;
    if (property == null) {
      throw new IllegalArgumentException(name + " is not an input of this bot (its inputs: "
          + (properties.isEmpty() ? "none" : String.join(", ", new TreeSet<>(properties.keySet()))) + ")");
    }
    Set<String> types = types(property, 0);
    if (types.isEmpty() || types.contains("string")) {
      Object reading = firstReading(types, text);
      return reading != NO_READING ? reading : text;
    }
    Object reading = firstReading(types, text);
    if (reading != NO_READING) {
      return reading;
    }
    List<String> readable = new ArrayList<>(types);
    readable.retainAll(TEXT_READINGS);
    if (jsonText && (types.contains("array") || types.contains("object"))) {
      Object json = structured(text);
      if (json instanceof List && types.contains("array") || json instanceof Map && types.contains("object")) {
        return json;
      }
      readable.addAll(types.contains("array") ? List.of("JSON array") : List.of());
      readable.addAll(types.contains("object") ? List.of("JSON object") : List.of());
    }
    if (readable.isEmpty()) {
      throw new IllegalArgumentException(name + " takes " + article(String.join(" or ", types))
          + ", which NAME=VALUE text cannot give");
    }
    throw new IllegalArgumentException(name + ": '" + text + "' is not " + article(String.join(" or ", readable))
        + (readable.contains("boolean") ? " (true or false)" : ""));
  }

  private static final Object NO_READING = new Object();

  private static Object structured(String text) {
    try {
      return JsonText.parse(text);
    } catch (IllegalArgumentException notJson) {
      return NO_READING;
    }
  }

  /** The first non-string reading of {@code text} among {@code types} that fits, or {@link #NO_READING}. */
  private static Object firstReading(Set<String> types, String text) {
    for (String type : TEXT_READINGS) {
      if (types.contains(type)) {
        Object reading = read(type, text.trim());
        if (reading != NO_READING) {
          return reading;
        }
      }
    }
    return NO_READING;
  }

  private static Object read(String type, String text) {
    switch (type) {
      case "integer":
      case "number":
        BigDecimal number = number(text);
        if (number == null) {
          return NO_READING;
        }
        if (isWhole(number)) {
          try {
            return number.longValueExact();
          } catch (ArithmeticException tooLarge) {
            return type.equals("integer") ? NO_READING : number.doubleValue();
          }
        }
        return type.equals("integer") ? NO_READING : number.doubleValue();
      case "boolean":
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : NO_READING;
      default:
        return text.equals("null") ? null : NO_READING;
    }
  }

  /** A JSON number's text (no hex, no NaN, no Infinity, no leading dot), or null. */
  private static BigDecimal number(String text) {
    if (!text.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
      return null;
    }
    BigDecimal number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    double asDouble = number.doubleValue();
    return Double.isInfinite(asDouble) ? null : number;
  }

  private static boolean isWhole(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  /** The JSON types a property allows; empty when the schema does not say. */
  private Set<String> types(Object property, int depth) {
    Set<String> types = new LinkedHashSet<>();
    if (!(property instanceof Map) || depth > 10) {
      return types;
    }
    Map<String, Object> schema = map(property);
    Object ref = schema.get("$ref");
    if (ref instanceof String && ((String) ref).startsWith("#")) {
      types.addAll(types(resolve((String) ref), depth + 1));
    }
    Object type = schema.get("type");
    if (type instanceof String) {
      types.add((String) type);
    } else if (type instanceof Collection) {
      ((Collection<?>) type).forEach(t -> types.add(String.valueOf(t)));
    }
    if (types.isEmpty() && schema.get("enum") instanceof Collection) {
      ((Collection<?>) schema.get("enum")).forEach(value -> types.add(typeOf(value)));
    }
    if (types.isEmpty() && schema.containsKey("const")) {
      types.add(typeOf(schema.get("const")));
    }
    for (String branches : List.of("anyOf", "oneOf")) {
      if (types.isEmpty() && schema.get(branches) instanceof Collection) {
        ((Collection<?>) schema.get(branches)).forEach(branch -> types.addAll(types(branch, depth + 1)));
      }
    }
    return types;
  }

  /** The schema a local reference such as {@code #/$defs/Size} points at, or null. */
  private Object resolve(String ref) {
    Object at = root;
    for (String part : ref.substring(1).split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!(at instanceof Map)) {
        return null;
      }
      at = ((Map<?, ?>) at).get(part.replace("~1", "/").replace("~0", "~"));
    }
    return at;
  }

  private static String typeOf(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Number) {
      double number = ((Number) value).doubleValue();
      return number == Math.rint(number) ? "integer" : "number";
    }
    return value instanceof Map ? "object" : value instanceof Collection ? "array" : "string";
  }

  private static String article(String words) {
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
