package com.browseract.contract;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the base URL of a static Prism mock of the spec: the one in {@code PRISM_URL} when set (a Prism
 * you run), otherwise one started once for the whole run (from npm, or in a container with {@code -Dprism=docker})
 * and stopped at its end, whether tests pass or fail.
 */
final class PrismExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrismExtension.class);

  /** The URL of the shared mock; a parameter of this type is resolved by the extension. */
  static final class MockUrl {
    final String value;

    MockUrl(String value) {
      this.value = value;
    }
  }

  /** Closed by JUnit when the root context closes, so the process never outlives the run. */
  private static final class Shared implements ExtensionContext.Store.CloseableResource {
    final Prism prism;
    final String url;

    Shared() {
      String external = System.getenv("PRISM_URL");
      this.prism = external == null || external.isBlank() ? Prism.mock() : null;
      this.url = prism != null ? prism.baseUrl() : external.trim();
    }

    @Override
    public void close() {
      if (prism != null) {
        prism.close();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    shared(context);
  }

  private static Shared shared(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Shared.class, k -> new Shared(), Shared.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MockUrl.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return new MockUrl(shared(context).url);
  }
}
