package com.browseract.client.internal.schema;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.JsonNodeFactory;
import java.io.IOException;

/** Lets the schema library read Moshi's JSON values; JSON text (its own meta-schemas) is read by Moshi too. */
final class MoshiJsonNodeFactory implements JsonNodeFactory {
  private static final JsonAdapter<Object> VALUES = new Moshi.Builder().build().adapter(Object.class);

  @Override
  public JsonNode wrap(Object node) {
    return node instanceof MoshiJsonNode ? (MoshiJsonNode) node : MoshiJsonNode.root(node);
  }

  @Override
  public JsonNode create(String rawJson) {
    try {
      return MoshiJsonNode.root(VALUES.fromJson(rawJson));
    } catch (IOException | RuntimeException unreadable) {
      throw new IllegalArgumentException("not JSON: " + unreadable.getMessage(), unreadable);
    }
  }
}
