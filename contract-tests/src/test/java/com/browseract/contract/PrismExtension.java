package com.browseract.contract;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the base URL of a static Prism mock of the spec: the one in {@code PRISM_URL} when set (a Prism
 * you run), otherwise one started once for the whole run (from npm, or in a container with {@code -Dprism=docker})
 * and stopped at its end, whether tests pass or fail. A {@link MockV3Url} parameter does the same for v3's spec
 * ({@code PRISM_V3_URL}). Each starts when a test first asks for it, so a run that needs only one starts one.
 */
final class PrismExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrismExtension.class);

  /** The URL of the shared mock; a parameter of this type is resolved by the extension. */
  static final class MockUrl {
    final String value;

    MockUrl(String value) {
      this.value = value;
    }
  }

  /** The URL of the shared mock of v3's spec. */
  static final class MockV3Url {
    final String value;

    MockV3Url(String value) {
      this.value = value;
    }
  }

  /** Closed by JUnit when the root context closes, so the process never outlives the run. */
  private static final class Shared implements ExtensionContext.Store.CloseableResource {
    final Prism prism;
    final String url;

    Shared(String environmentVariable, Supplier<Prism> start) {
      String external = System.getenv(environmentVariable);
      this.prism = external == null || external.isBlank() ? start.get() : null;
      this.url = prism != null ? prism.baseUrl() : external.trim();
    }

    @Override
    public void close() {
      if (prism != null) {
        prism.close();
      }
    }
  }

  private static Shared shared(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("v2",
        k -> new Shared("PRISM_URL", Prism::mock), Shared.class);
  }

  private static Shared sharedV3(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("v3",
        k -> new Shared("PRISM_V3_URL", Prism::mockV3), Shared.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MockUrl.class || type == MockV3Url.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MockV3Url.class ? new MockV3Url(sharedV3(context).url)
        : new MockUrl(shared(context).url);
  }
}
