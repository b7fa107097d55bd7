package com.browseract.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The input_schema cases of the schema benchmark, each with an input that matches it, as Moshi JSON values: the v3
 * document's bot example, and a larger bot with 30 properties of every common kind.
 */
final class InputSchemas {
  static final JsonAdapter<Object> VALUES = new Moshi.Builder().build().adapter(Object.class);

  /** The v3 document's example (GET /v3/bots/{bot_id}). */
  static final String DOCUMENT_SCHEMA = "{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"}},"
      + "\"required\":[\"order_id\"],\"additionalProperties\":false}";
  static final String DOCUMENT_INPUT = "{\"order_id\":\"A-100\"}";

  /** Names of the larger schema's properties, each with its kind: s, url, enum, int, num, bool, tags, filters, obj. */
  private static final List<String[]> THIRTY = List.of(
      new String[] {"keyword", "s"}, new String[] {"start_url", "url"}, new String[] {"country", "enum"},
      new String[] {"language", "enum"}, new String[] {"max_items", "int"}, new String[] {"max_pages", "int"},
      new String[] {"min_price", "num"}, new String[] {"max_price", "num"}, new String[] {"include_reviews", "bool"},
      new String[] {"include_images", "bool"}, new String[] {"categories", "tags"}, new String[] {"exclude_words", "tags"},
      new String[] {"filters", "filters"}, new String[] {"shipping_address", "obj"}, new String[] {"billing_address", "obj"},
      new String[] {"sort_by", "enum"}, new String[] {"currency", "enum"}, new String[] {"login_user", "s"},
      new String[] {"login_url", "url"}, new String[] {"timeout_seconds", "int"}, new String[] {"retries", "int"},
      new String[] {"rating_at_least", "num"}, new String[] {"screenshot", "bool"}, new String[] {"notes", "s"},
      new String[] {"brand", "s"}, new String[] {"seller", "s"}, new String[] {"region", "enum"},
      new String[] {"product_ids", "tags"}, new String[] {"deadline_hours", "int"}, new String[] {"dry_run", "bool"});

  private InputSchemas() {
  }

  static Object value(String json) {
    try {
      return VALUES.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String schema(String name) {
    return name.equals("document") ? DOCUMENT_SCHEMA : thirtySchema();
  }

  static String input(String name) {
    return name.equals("document") ? DOCUMENT_INPUT : thirtyInput();
  }

  static String thirtySchema() {
    StringBuilder json = new StringBuilder("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
        + "\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"keyword\",\"start_url\",\"max_items\"],"
        + "\"$defs\":{\"address\":{\"type\":\"object\",\"required\":[\"city\",\"zip\"],\"properties\":{"
        + "\"street\":{\"type\":\"string\"},\"city\":{\"type\":\"string\",\"minLength\":1},"
        + "\"zip\":{\"type\":\"string\",\"pattern\":\"^[0-9]{5}$\"}}},"
        + "\"filter\":{\"type\":\"object\",\"required\":[\"field\",\"op\",\"value\"],\"properties\":{"
        + "\"field\":{\"type\":\"string\"},\"op\":{\"enum\":[\"eq\",\"ne\",\"lt\",\"gt\",\"contains\"]},"
        + "\"value\":{\"type\":[\"string\",\"number\",\"boolean\"]}}}},\"properties\":{");
    for (int i = 0; i < THIRTY.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(THIRTY.get(i)[0]).append("\":").append(kind(THIRTY.get(i)[1]));
    }
    return json.append("}}").toString();
  }

  private static String kind(String kind) {
    switch (kind) {
      case "s":
        return "{\"type\":\"string\",\"minLength\":1,\"maxLength\":200}";
      case "url":
        return "{\"type\":\"string\",\"pattern\":\"^https?://\",\"format\":\"uri\"}";
      case "enum":
        return "{\"type\":\"string\",\"enum\":[\"us\",\"de\",\"fr\",\"jp\",\"en\",\"price\",\"usd\",\"eur\"]}";
      case "int":
        return "{\"type\":\"integer\",\"minimum\":1,\"maximum\":1000}";
      case "num":
        return "{\"type\":\"number\",\"minimum\":0}";
      case "bool":
        return "{\"type\":\"boolean\"}";
      case "tags":
        return "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"maxItems\":20,\"uniqueItems\":true}";
      case "filters":
        return "{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/filter\"}}";
      default:
        return "{\"$ref\":\"#/$defs/address\"}";
    }
  }

  static String thirtyInput() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < THIRTY.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(THIRTY.get(i)[0]).append("\":").append(example(THIRTY.get(i)[1]));
    }
    return json.append('}').toString();
  }

  private static String example(String kind) {
    switch (kind) {
      case "s":
        return "\"wireless headphones\"";
      case "url":
        return "\"https://shop.example.com/search\"";
      case "enum":
        return "\"de\"";
      case "int":
        return "50";
      case "num":
        return "19.99";
      case "bool":
        return "true";
      case "tags":
        return "[\"audio\",\"bluetooth\",\"noise-cancelling\"]";
      case "filters":
        return "[{\"field\":\"brand\",\"op\":\"eq\",\"value\":\"Acme\"},{\"field\":\"stock\",\"op\":\"gt\",\"value\":0}]";
      default:
        return "{\"street\":\"Main St 1\",\"city\":\"Berlin\",\"zip\":\"10115\"}";
    }
  }
}
