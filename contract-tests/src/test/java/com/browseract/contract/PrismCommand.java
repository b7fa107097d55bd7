package com.browseract.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What Prism is asked to do (mock or proxy, with options), whichever backend runs it. */
final class PrismCommand {
  private final List<String> modeAndOptions;
  private final String upstream;
  private final Path spec;

  private PrismCommand(List<String> modeAndOptions, String upstream) {
    this(modeAndOptions, upstream, Prism.specFile());
  }

  private PrismCommand(List<String> modeAndOptions, String upstream, Path spec) {
    this.modeAndOptions = List.copyOf(modeAndOptions);
    this.upstream = upstream;
    this.spec = spec;
  }

  /** The document Prism serves: v2's unless {@link #withSpec} chose another (v3's). */
  Path spec() {
    return spec;
  }

  /** The same command on another document. */
  PrismCommand withSpec(Path otherSpec) {
    return new PrismCommand(modeAndOptions, upstream, otherSpec);
  }

  static PrismCommand mock(String... extraArgs) {
    return new PrismCommand(withMode("mock", extraArgs), null);
  }

  static PrismCommand proxy(String upstream, String... extraArgs) {
    return new PrismCommand(withMode("proxy", extraArgs), upstream);
  }

  private static List<String> withMode(String mode, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of(mode));
    args.addAll(List.of(extraArgs));
    return args;
  }

  /** The proxy's upstream, null for a mock. */
  String upstream() {
    return upstream;
  }

  /** The same command with the proxy's upstream on {@code host} (same scheme, port and path). */
  PrismCommand withUpstreamHost(String host) {
    URI uri = URI.create(upstream);
    try {
      return new PrismCommand(modeAndOptions, new URI(uri.getScheme(), uri.getUserInfo(), host, uri.getPort(),
          uri.getPath(), uri.getQuery(), uri.getFragment()).toString(), spec);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("upstream " + upstream + " on host " + host + ": " + e.getMessage(), e);
    }
  }

  /** Prism's arguments (after the executable): serve {@code spec} on {@code host:port}. */
  List<String> args(String spec, String host, int port) {
    List<String> args = new ArrayList<>(modeAndOptions);
    args.add(spec);
    if (upstream != null) {
      args.add(upstream);
    }
    args.addAll(List.of("-h", host, "-p", String.valueOf(port)));
    return args;
  }
}
