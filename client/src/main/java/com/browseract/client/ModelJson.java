package com.browseract.client;

import com.squareup.moshi.JsonAdapter;

/**
 * Writes the SDK's models as JSON with the API's own field names, as the API would send them. Handy for logs,
 * caches and tools; it uses the same Moshi setup as the client.
 */
public final class ModelJson {
  private ModelJson() {
  }

  /**
   * @param model a model, list or map of models, or null
   * @return compact JSON
   */
  public static String toJson(Object model) {
    return adapter().toJson(model);
  }

  /**
   * @param model a model, list or map of models, or null
   * @return JSON indented by two spaces
   */
  public static String toPrettyJson(Object model) {
    return adapter().indent("  ").toJson(model);
  }

  private static JsonAdapter<Object> adapter() {
    return Json.MOSHI.adapter(Object.class).lenient();
  }
}
