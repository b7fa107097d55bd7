package com.browseract.contract;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A running Prism on the project's spec, stopped on close. It runs from the pinned npm package
 * ({@link PrismProcess}, the default) or, with {@code -Dprism=docker}, in a container that Testcontainers
 * starts ({@link PrismContainer}); the tests never see the difference.
 */
interface Prism extends AutoCloseable {

  /** Prism's mock server; {@code extraArgs} such as {@code -d} for dynamic answers. */
  static Prism mock(String... extraArgs) {
    return start(PrismCommand.mock(extraArgs));
  }

  /** Prism as a validating proxy in front of {@code upstream}. */
  static Prism proxy(String upstream, String... extraArgs) {
    return start(PrismCommand.proxy(upstream, extraArgs));
  }

  static Path specFile() {
    return Paths.get(System.getProperty("spec.file", "../openapi/browseract.yaml")).toAbsolutePath().normalize();
  }

  private static Prism start(PrismCommand command) {
    String backend = System.getProperty("prism", "npm");
    switch (backend) {
      case "npm":
        return PrismProcess.start(command);
      case "docker":
        return PrismContainer.start(command);
      default:
        throw new IllegalStateException("-Dprism=" + backend + " is not a Prism backend: use npm (the default) or docker");
    }
  }

  String baseUrl();

  @Override
  void close();
}
