package com.browseract.client.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InputSchemaCheckTest {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  /** The v3 document's example input_schema of a bot. */
  private static final String BOT_SCHEMA = "{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"}},"
      + "\"required\":[\"order_id\"],\"additionalProperties\":false}";

  private static final String ORDER_SCHEMA = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
      + "\"type\":\"object\",\"required\":[\"keyword\",\"items\"],"
      + "\"properties\":{\"keyword\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":20},"
      + "\"max_items\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":500},"
      + "\"mode\":{\"enum\":[\"fast\",\"full\"]},"
      + "\"pair\":{\"type\":\"array\",\"prefixItems\":[{\"type\":\"string\"},{\"type\":\"integer\"}],\"items\":false},"
      + "\"items\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/item\"}}},"
      + "\"$defs\":{\"item\":{\"type\":\"object\",\"required\":[\"sku\",\"price\"],"
      + "\"properties\":{\"sku\":{\"type\":\"string\",\"pattern\":\"^[A-Z][0-9]+$\"},"
      + "\"price\":{\"type\":\"number\",\"exclusiveMinimum\":0}}}}}";

  private static Object json(String text) {
    try {
      return JSON.fromJson(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputSchemaCheck compile(String schema) {
    return InputSchemaCheck.compile(json(schema));
  }

  private static String failure(InputSchemaCheck check, String input) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> check.check(json(input)));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    return thrown.getMessage();
  }

  @Test
  void theDocumentsExampleAcceptsAMatchingInput() {
    assertThatCode(() -> compile(BOT_SCHEMA).check(json("{\"order_id\":\"A-100\"}"))).doesNotThrowAnyException();
  }

  @Test
  void theDocumentsExampleNamesEveryProblemInOneMessage() {
    String message = failure(compile(BOT_SCHEMA), "{\"order_id\":42,\"extra\":true}");
    assertThat(message).isEqualTo("input does not match the input_schema (2 problems): "
        + "input.order_id: expected string, got integer 42; "
        + "input.extra: not allowed: the schema accepts no other properties");
  }

  @Test
  void aMissingRequiredPropertyIsNamedByItsOwnPath() {
    assertThat(failure(compile(BOT_SCHEMA), "{}"))
        .isEqualTo("input does not match the input_schema (1 problem): input.order_id: required but missing");
  }

  @Test
  void nestedArraysAndRefsGiveReadablePaths() {
    String message = failure(compile(ORDER_SCHEMA), "{\"keyword\":\"laptops\",\"items\":["
        + "{\"sku\":\"A1\",\"price\":2.5},{\"sku\":\"B2\",\"price\":1},{\"sku\":\"c3\",\"price\":\"ten\"},{\"sku\":\"D4\"}]}");
    assertThat(message).contains("input.items[2].price: expected number, got string \"ten\"")
        .contains("input.items[2].sku: expected text matching ^[A-Z][0-9]+$, got \"c3\"")
        .contains("input.items[3].price: required but missing")
        .contains("(3 problems)");
  }

  @Test
  void prefixItemsAndItemsFalseBoundTheTuple() {
    InputSchemaCheck check = compile(ORDER_SCHEMA);
    assertThatCode(() -> check.check(json("{\"keyword\":\"k\",\"items\":[],\"pair\":[\"a\",1]}")))
        .doesNotThrowAnyException();
    assertThat(failure(check, "{\"keyword\":\"k\",\"items\":[],\"pair\":[\"a\",\"b\",\"c\"]}"))
        .contains("input.pair[1]: expected integer, got string \"b\"")
        .contains("input.pair[2]: not allowed: the array has more items than the schema accepts");
  }

  @Test
  void enumAndBoundsSayWhatWasExpected() {
    String message = failure(compile(ORDER_SCHEMA),
        "{\"keyword\":\"\",\"items\":[{\"sku\":\"A1\",\"price\":0}],\"mode\":\"slow\",\"max_items\":501}");
    assertThat(message)
        .contains("input.keyword: expected at least 1 characters, got \"\"")
        .contains("input.items[0].price: expected more than 0, got 0")
        .contains("input.mode: expected one of \"fast\", \"full\", got \"slow\"")
        .contains("input.max_items: expected at most 500, got 501");
  }

  @Test
  void integerAcceptsWholeNumbersInAnyJavaFormAndRefusesFractions() {
    InputSchemaCheck check = compile("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\"}}}");
    for (Object whole : List.of(3, 3L, 3.0, new BigDecimal("3.00"), java.math.BigInteger.valueOf(3))) {
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("n", whole);
      assertThatCode(() -> check.check(input)).as("%s", whole.getClass()).doesNotThrowAnyException();
    }
    assertThat(failure(check, "{\"n\":2.5}")).contains("input.n: expected integer, got number 2.5");
  }

  @Test
  void enumAndConstCompareNumbersAndObjectsByValue() {
    InputSchemaCheck check = compile("{\"properties\":{\"n\":{\"enum\":[1,2]},"
        + "\"o\":{\"const\":{\"a\":[1,\"x\"]}}}}");
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("n", 2L);
    input.put("o", Map.of("a", List.of(new BigDecimal("1.0"), "x")));
    assertThatCode(() -> check.check(input)).doesNotThrowAnyException();
    assertThat(failure(check, "{\"n\":3,\"o\":{\"a\":[1]}}"))
        .contains("input.n: expected one of 1, 2, got 3")
        .contains("input.o: expected an object, got an object");
  }

  @Test
  void typeListsAndNullAreNamed() {
    InputSchemaCheck check = compile("{\"properties\":{\"a\":{\"type\":[\"string\",\"null\"]},"
        + "\"b\":{\"type\":\"array\"}}}");
    assertThatCode(() -> check.check(json("{\"a\":null,\"b\":[]}"))).doesNotThrowAnyException();
    assertThat(failure(check, "{\"a\":1,\"b\":null}"))
        .contains("input.a: expected string or null, got integer 1")
        .contains("input.b: expected array, got null");
  }

  @Test
  void anyOfReportsOnceWithTheAlternatives() {
    String message = failure(compile("{\"properties\":{\"id\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}}}"),
        "{\"id\":true}");
    assertThat(message).isEqualTo("input does not match the input_schema (1 problem): "
        + "input.id: expected any of string | integer, got true");
  }

  @Test
  void oddPropertyNamesAreQuoted() {
    String message = failure(compile("{\"properties\":{\"first name\":{\"type\":\"string\"},"
        + "\"a/b\":{\"type\":\"string\"}}}"), "{\"first name\":1,\"a/b\":2}");
    assertThat(message).contains("input[\"first name\"]: expected string")
        .contains("input[\"a/b\"]: expected string");
  }

  @Test
  void aNonObjectInputIsNamedAsInput() {
    assertThat(failure(compile(BOT_SCHEMA), "[1,2]"))
        .isEqualTo("input does not match the input_schema (1 problem): input: expected object, got an array of 2");
  }

  @Test
  void aFalseSchemaAcceptsNothingAndTrueEverything() {
    assertThat(failure(InputSchemaCheck.compile(false), "{}"))
        .isEqualTo("input does not match the input_schema (1 problem): input: not allowed by the schema");
    assertThatCode(() -> InputSchemaCheck.compile(true).check(json("{\"x\":1}"))).doesNotThrowAnyException();
  }

  @Test
  void manyProblemsAreCutAfterTenWithACount() {
    StringBuilder schema = new StringBuilder("{\"type\":\"object\",\"properties\":{");
    StringBuilder input = new StringBuilder("{");
    for (int i = 0; i < 13; i++) {
      schema.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"string\"}");
      input.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
    }
    String message = failure(compile(schema.append("}}").toString()), input.append("}").toString());
    assertThat(message).startsWith("input does not match the input_schema (13 problems): input.p0: expected string")
        .contains("input.p9: expected string, got integer 9")
        .doesNotContain("input.p10")
        .endsWith("; and 3 more");
  }

  @Test
  void formatIsAnAnnotationNotAnAssertion() {
    InputSchemaCheck check = compile("{\"properties\":{\"mail\":{\"type\":\"string\",\"format\":\"email\"}}}");
    assertThatCode(() -> check.check(json("{\"mail\":\"not an address\"}"))).doesNotThrowAnyException();
  }

  @Test
  void unevaluatedPropertiesWorkWithAllOf() {
    InputSchemaCheck check = compile("{\"allOf\":[{\"properties\":{\"a\":{\"type\":\"string\"}}}],"
        + "\"unevaluatedProperties\":false}");
    assertThatCode(() -> check.check(json("{\"a\":\"x\"}"))).doesNotThrowAnyException();
    assertThat(failure(check, "{\"a\":\"x\",\"b\":1}"))
        .contains("input.b: not allowed: the schema accepts no other properties");
  }

  @Test
  void compileRefusesWhatIsNotASchema() {
    assertThatThrownBy(() -> InputSchemaCheck.compile("object"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input_schema is not usable: expected a JSON object or boolean, got \"object\"");
    assertThatThrownBy(() -> InputSchemaCheck.compile(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got null");
  }

  @Test
  void compileRefusesASchemaThatBreaksItsMetaSchema() {
    assertThatThrownBy(() -> compile("{\"type\":\"text\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("input_schema is not usable: it breaks its meta-schema: ")
        .hasMessageContaining("/type");
    assertThatThrownBy(() -> compile("{\"minLength\":-1}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/minLength");
  }

  @Test
  void compileRefusesReferencesItCannotFollow() {
    assertThatThrownBy(() -> compile("{\"$ref\":\"https://example.com/other.json\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input_schema is not usable: $ref https://example.com/other.json refers to another document, "
            + "which is never fetched");
    assertThatThrownBy(() -> compile("{\"properties\":{\"a\":{\"$ref\":\"#/$defs/missing\"}}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input_schema is not usable: $ref #/$defs/missing points to nothing");
  }

  @Test
  void compileRefusesAnUnknownDialect() {
    assertThatThrownBy(() -> compile("{\"$schema\":\"https://example.com/my-dialect\",\"type\":\"object\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("input_schema is not usable: ");
  }

  @Test
  void anOlderDraftNamedBySchemaIsHonoured() {
    InputSchemaCheck check = compile("{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
        + "\"properties\":{\"n\":{\"type\":\"integer\",\"maximum\":3}}}");
    assertThat(failure(check, "{\"n\":4}")).contains("input.n: expected at most 3, got 4");
  }

  @Test
  @SuppressWarnings("unchecked")
  void changingTheSchemaMapLaterChangesNothing() {
    Map<String, Object> schema = (Map<String, Object>) json(BOT_SCHEMA);
    InputSchemaCheck check = InputSchemaCheck.compile(schema);
    schema.put("required", List.of("something_else"));
    ((Map<String, Object>) schema.get("properties")).put("order_id", Map.of("type", "integer"));
    assertThatCode(() -> check.check(json("{\"order_id\":\"A-100\"}"))).doesNotThrowAnyException();
    assertThat(failure(check, "{}")).endsWith("input.order_id: required but missing");
  }

  @Test
  void aSchemaHoldingAnObjectThatIsNotJsonIsRefused() {
    assertThatThrownBy(() -> InputSchemaCheck.compile(Map.of("const", new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("input_schema is not usable: not a JSON value: a java.lang.Object");
  }

  @Test
  void aValueMoshiCannotWriteIsRefused() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("when", new Object());
    assertThatThrownBy(() -> compile(BOT_SCHEMA).check(input))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON value: a java.lang.Object");
  }

  @Test
  void checksCompiledEarlierKeepWorkingAfterManyMore() {
    InputSchemaCheck first = compile(BOT_SCHEMA);
    List<InputSchemaCheck> later = new ArrayList<>();
    for (int i = 0; i <= InputSchemaCheck.SCHEMAS_PER_VALIDATOR * 2; i++) {
      later.add(compile("{\"properties\":{\"n\":{\"maximum\":" + i + "}}}"));
    }
    assertThat(failure(first, "{}")).endsWith("input.order_id: required but missing");
    assertThat(failure(later.get(later.size() - 1), "{\"n\":1000}")).endsWith("input.n: expected at most 128, got 1000");
    assertThatCode(() -> later.get(3).check(json("{\"n\":3}"))).doesNotThrowAnyException();
    assertThat(failure(later.get(3), "{\"n\":4}")).endsWith("input.n: expected at most 3, got 4");
  }

  @Test
  void schemasWithTheSameIdStayApart() {
    InputSchemaCheck strings = compile("{\"$id\":\"https://example.com/input\",\"type\":\"string\"}");
    InputSchemaCheck numbers = compile("{\"$id\":\"https://example.com/input\",\"type\":\"number\"}");
    assertThatCode(() -> strings.check("text")).doesNotThrowAnyException();
    assertThatCode(() -> numbers.check(5)).doesNotThrowAnyException();
    assertThat(failure(strings, "5")).endsWith("input: expected string, got integer 5");
  }

  @Test
  void oneCheckServesManyThreadsWithTheSameAnswers() throws Exception {
    InputSchemaCheck check = compile(ORDER_SCHEMA);
    String bad = "{\"keyword\":\"k\",\"items\":[{\"sku\":\"A1\",\"price\":\"x\"}],\"mode\":\"slow\"}";
    String expected = failure(check, bad);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Callable<String> task = i % 2 == 0
            ? () -> failure(check, bad)
            : () -> {
              check.check(json("{\"keyword\":\"k\",\"items\":[{\"sku\":\"A1\",\"price\":1}],\"mode\":\"fast\"}"));
              return "valid";
            };
        answers.add(pool.submit(task));
      }
      assertThat(answers).hasSize(200);
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get()).isEqualTo(i % 2 == 0 ? expected : "valid");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
