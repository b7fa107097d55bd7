package com.browseract.client.internal.schema;

import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.SimpleType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as Moshi reads or writes it ({@code Map}, {@code List}, {@code String}, any {@code Number},
 * {@code Boolean}, {@code null}) seen by the schema library, without a JSON text round trip. Children and the
 * pointer are made on first use and kept: the library reads schema nodes again while checking, from any thread.
 */
final class MoshiJsonNode implements JsonNode {
  private final Object value;
  private final MoshiJsonNode parent;
  private final String segment;
  private final SimpleType type;
  private volatile String pointer;
  private volatile List<JsonNode> elements;
  private volatile Map<String, JsonNode> members;

  private MoshiJsonNode(Object value, MoshiJsonNode parent, String segment) {
    this.value = value;
    this.parent = parent;
    this.segment = segment;
    this.type = typeOf(value);
  }

  static MoshiJsonNode root(Object value) {
    return new MoshiJsonNode(value, null, null);
  }

  @Override
  public String getJsonPointer() {
    String known = pointer;
    if (known == null) {
      known = parent == null ? "" : parent.getJsonPointer() + "/" + JsonNode.encodeJsonPointer(segment);
      pointer = known;
    }
    return known;
  }

  @Override
  public SimpleType getNodeType() {
    return type;
  }

  @Override
  public boolean asBoolean() {
    return (Boolean) value;
  }

  @Override
  public String asString() {
    return (String) value;
  }

  @Override
  public BigInteger asInteger() {
    return value instanceof BigInteger ? (BigInteger) value : asNumber().toBigInteger();
  }

  @Override
  public BigDecimal asNumber() {
    return decimal((Number) value);
  }

  @Override
  public List<JsonNode> asArray() {
    List<JsonNode> known = elements;
    if (known == null) {
      List<?> list = (List<?>) value;
      List<JsonNode> made = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        made.add(new MoshiJsonNode(list.get(i), this, Integer.toString(i)));
      }
      known = Collections.unmodifiableList(made);
      elements = known;
    }
    return known;
  }

  @Override
  public Map<String, JsonNode> asObject() {
    Map<String, JsonNode> known = members;
    if (known == null) {
      Map<?, ?> map = (Map<?, ?>) value;
      Map<String, JsonNode> made = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String name = String.valueOf(entry.getKey());
        made.put(name, new MoshiJsonNode(entry.getValue(), this, name));
      }
      known = Collections.unmodifiableMap(made);
      members = known;
    }
    return known;
  }

  /** A number as the library compares it: no trailing zeros, so that 5, 5.0 and 5.00 are one value. */
  static BigDecimal decimal(Number number) {
    BigDecimal exact;
    if (number instanceof BigDecimal) {
      exact = (BigDecimal) number;
    } else if (number instanceof BigInteger) {
      exact = new BigDecimal((BigInteger) number);
    } else if (number instanceof Double || number instanceof Float) {
      exact = BigDecimal.valueOf(number.doubleValue());
    } else {
      exact = BigDecimal.valueOf(number.longValue());
    }
    return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
  }

  static SimpleType typeOf(Object value) {
    if (value == null) {
      return SimpleType.NULL;
    } else if (value instanceof String) {
      return SimpleType.STRING;
    } else if (value instanceof Boolean) {
      return SimpleType.BOOLEAN;
    } else if (value instanceof Number) {
      return numberType((Number) value);
    } else if (value instanceof List) {
      return SimpleType.ARRAY;
    } else if (value instanceof Map) {
      return SimpleType.OBJECT;
    }
    throw new IllegalArgumentException("not a JSON value: a " + value.getClass().getName()
        + " (expected Map, List, String, Number, Boolean or null, as Moshi's toJsonValue gives)");
  }

  private static SimpleType numberType(Number number) {
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("not a JSON number: " + number);
      }
      return d == Math.rint(d) ? SimpleType.INTEGER : SimpleType.NUMBER;
    }
    if (number instanceof BigDecimal) {
      return decimal(number).scale() <= 0 ? SimpleType.INTEGER : SimpleType.NUMBER;
    }
    return SimpleType.INTEGER;
  }
}
