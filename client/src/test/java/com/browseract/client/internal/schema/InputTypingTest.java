package com.browseract.client.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text typed by a bot's {@code input_schema}, as schemas come from the API (maps of plain JSON values). */
class InputTypingTest {
  /** A schema as Moshi reads it: every number a Double. */
  private static final Map<String, Object> SCHEMA = Map.of(
      "type", "object",
      "properties", Map.of(
          "keyword", Map.of("type", "string"),
          "max_items", Map.of("type", "integer", "minimum", 1.0),
          "price_limit", Map.of("type", "number"),
          "headless", Map.of("type", "boolean"),
          "note", Map.of("type", List.of("string", "null")),
          "size", Map.of("$ref", "#/$defs/Size"),
          "tags", Map.of("type", "array", "items", Map.of("type", "string")),
          "level", Map.of("enum", List.of(1.0, 2.0, 3.0)),
          "untyped", Map.of("description", "anything")),
      "required", List.of("keyword"),
      "additionalProperties", false,
      "$defs", Map.of("Size", Map.of("type", "integer")));

  private final InputTyping typing = InputTyping.of(SCHEMA);

  @Test
  void eachScalarTypeGetsItsJsonValue() {
    assertThat(typing.value("keyword", "007")).isEqualTo("007");
    assertThat(typing.value("max_items", "5")).isEqualTo(5L);
    assertThat(typing.value("max_items", "-12")).isEqualTo(-12L);
    assertThat(typing.value("max_items", "5.0")).as("a whole number is an integer").isEqualTo(5L);
    assertThat(typing.value("price_limit", "19.99")).isEqualTo(19.99);
    assertThat(typing.value("price_limit", "20")).isEqualTo(20L);
    assertThat(typing.value("price_limit", "1e3")).isEqualTo(1000L);
    assertThat(typing.value("headless", "true")).isEqualTo(true);
    assertThat(typing.value("headless", "FALSE")).isEqualTo(false);
    assertThat(typing.value("untyped", "42")).as("no type: the text").isEqualTo("42");
  }

  @Test
  void typesComeFromReferencesAndEnumsToo() {
    assertThat(typing.value("size", "3")).isEqualTo(3L);
    assertThat(typing.value("level", "2")).isEqualTo(2L);
    assertThatThrownBy(() -> typing.value("size", "big")).hasMessage("size: 'big' is not an integer");
  }

  @Test
  void aTypeListTriesTheOtherReadingsBeforeText() {
    assertThat(typing.value("note", "null")).isNull();
    assertThat(typing.value("note", "hello")).isEqualTo("hello");
    Map<String, Object> either = Map.of("properties", Map.of("n", Map.of("type", List.of("integer", "boolean"))));
    assertThat(InputTyping.of(either).value("n", "7")).isEqualTo(7L);
    assertThat(InputTyping.of(either).value("n", "true")).isEqualTo(true);
    assertThatThrownBy(() -> InputTyping.of(either).value("n", "x")).hasMessage(
        "n: 'x' is not an integer or boolean (true or false)");
  }

  @Test
  void aMistypedValueNamesTheFieldAndTheType() {
    assertThatThrownBy(() -> typing.value("max_items", "five")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max_items: 'five' is not an integer");
    assertThatThrownBy(() -> typing.value("max_items", "2.5")).hasMessage("max_items: '2.5' is not an integer");
    assertThatThrownBy(() -> typing.value("max_items", "99999999999999999999"))
        .hasMessage("max_items: '99999999999999999999' is not an integer");
    assertThatThrownBy(() -> typing.value("price_limit", "0x10")).hasMessage("price_limit: '0x10' is not a number");
    assertThatThrownBy(() -> typing.value("price_limit", "NaN")).hasMessage("price_limit: 'NaN' is not a number");
    assertThatThrownBy(() -> typing.value("headless", "yes"))
        .hasMessage("headless: 'yes' is not a boolean (true or false)");
  }

  @Test
  void arraysAndObjectsCannotBeGivenAsText() {
    assertThatThrownBy(() -> typing.value("tags", "a,b")).hasMessage(
        "tags takes an array, which NAME=VALUE text cannot give");
  }

  @Test
  void aBatchsTextReadsArraysAndObjectsAsJson() {
    InputTyping batch = typing.jsonText();
    assertThat(batch.value("tags", "[\"a\",\"b\"]")).isEqualTo(List.of("a", "b"));
    assertThat(batch.value("max_items", "7")).isEqualTo(7L);
    assertThatThrownBy(() -> batch.value("tags", "a,b")).hasMessage("tags: 'a,b' is not a JSON array");
    assertThatThrownBy(() -> batch.value("tags", "{\"a\":1}")).hasMessage("tags: '{\"a\":1}' is not a JSON array");
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesTheBotHas() {
    assertThatThrownBy(() -> typing.value("colour", "red")).hasMessage("colour is not an input of this bot (its"
        + " inputs: headless, keyword, level, max_items, note, price_limit, size, tags, untyped)");
    Map<String, Object> none = Map.of("type", "object", "properties", Map.of(), "additionalProperties", false);
    assertThatThrownBy(() -> InputTyping.of(none).value("x", "1"))
        .hasMessage("x is not an input of this bot (its inputs: none)");
  }

  @Test
  void additionalPropertiesAllowedByTheSchemaAreTypedByIt() {
    Map<String, Object> open = Map.of("properties", Map.of("a", Map.of("type", "string")),
        "additionalProperties", Map.of("type", "integer"));
    assertThat(InputTyping.of(open).value("other", "4")).isEqualTo(4L);
    Map<String, Object> anything = Map.of("properties", Map.of(), "additionalProperties", true);
    assertThat(InputTyping.of(anything).value("other", "4")).isEqualTo("4");
  }

  @Test
  void withoutDeclaredPropertiesEveryNameIsTakenAsText() {
    assertThat(InputTyping.of(null).value("anything", "5")).isEqualTo("5");
    assertThat(InputTyping.of(Map.of("type", "object")).value("anything", "true")).isEqualTo("true");
    assertThat(InputTyping.untyped().value("x", "1")).isEqualTo("1");
  }

  @Test
  void valuesKeepTheirOrderAndStopAtTheFirstBadField() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("max_items", "3");
    texts.put("keyword", "laptops");
    texts.put("headless", "true");
    assertThat(typing.values(texts)).containsExactly(Map.entry("max_items", 3L), Map.entry("keyword", "laptops"),
        Map.entry("headless", true));
    texts.put("price_limit", "cheap");
    assertThatThrownBy(() -> typing.values(texts)).hasMessageStartingWith("price_limit:");
  }
}
