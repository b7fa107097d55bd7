package com.browseract.contract;

import java.util.Map;

/**
 * The two documents the suite checks against: {@link #V2} ({@code openapi/browseract.yaml}) and {@link #V3}
 * ({@code openapi/v3/browseract.yaml}). The static methods are v2's, as the v2 tests have always used them.
 */
final class Spec {
  static final SpecDocument V2 = SpecDocument.load(Prism.specFile());
  static final SpecDocument V3 = SpecDocument.load(Prism.specV3File());

  private Spec() {
  }

  /** @return v2's operationId by "METHOD /path", sorted */
  static Map<String, String> operations() {
    return V2.operations();
  }

  /**
   * Asserts that a parsed v2 model, written back to JSON, has every property the named schema requires, at every
   * level of nesting.
   */
  static void assertHasRequiredFields(Object model, String schemaName) {
    V2.assertHasRequiredFields(model, schemaName);
  }
}
