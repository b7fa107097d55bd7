package com.browseract.cli;

import com.browseract.client.ModelJson;
import com.browseract.client.internal.schema.JsonText;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Plain JSON values (maps, lists, strings, numbers, booleans, null) in and out of the CLI. Moshi reads every
 * number as a {@code Double}: written back, {@code 3} would print as {@code 3.0}. Numbers without a fraction are
 * turned back into {@code Long}s here, so that what the CLI prints or sends reads as the API or the user wrote it.
 */
final class JsonValues {
  private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);

  private JsonValues() {
  }

  /** @see JsonText#parse(String) */
  static Object parse(String text) {
    return JsonText.parse(text);
  }

  /** A model (or plain value) as the API would send it, indented by two spaces. */
  static String pretty(Object model) {
    return ADAPTER.indent("  ").toJson(whole(treeOf(model)));
  }

  /** A model as a tree of plain values, with the API's field names. */
  private static Object treeOf(Object model) {
    try {
      return ADAPTER.fromJson(ModelJson.toJson(model));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + model.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** {@code value} with every {@code Double} that is a whole number within a long's range as a {@code Long}. */
  static Object whole(Object value) {
    return JsonText.whole(value);
  }

}
