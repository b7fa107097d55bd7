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

  /** Prism's mock server of v3's spec ({@link #specV3File()}). */
  static Prism mockV3(String... extraArgs) {
    return start(PrismCommand.mock(extraArgs).withSpec(specV3File()));
  }

  /** Prism as a validating proxy of v3's spec in front of {@code upstream}. */
  static Prism proxyV3(String upstream, String... extraArgs) {
    return start(PrismCommand.proxy(upstream, extraArgs).withSpec(specV3File()));
  }

  /** Prism as a validating proxy in front of {@code upstream}. */
  static Prism proxy(String upstream, String... extraArgs) {
    return start(PrismCommand.proxy(upstream, extraArgs));
  }

  static Path specFile() {
    return Paths.get(System.getProperty("spec.file", "../openapi/browseract.yaml")).toAbsolutePath().normalize();
  }

  /** BrowserAct's v3 ("Bots") document with our overlay: {@code openapi/v3/browseract.yaml}. */
  static Path specV3File() {
    return Paths.get(System.getProperty("spec.v3.file", "../openapi/v3/browseract.yaml")).toAbsolutePath().normalize();
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
