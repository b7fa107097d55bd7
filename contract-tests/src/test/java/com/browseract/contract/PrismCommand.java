package com.browseract.contract;

import java.util.ArrayList;
import java.util.List;

/** What Prism is asked to do (mock or proxy, with options), whichever backend runs it. */
final class PrismCommand {
  private final List<String> modeAndOptions;
  private final String upstream;

  private PrismCommand(List<String> modeAndOptions, String upstream) {
    this.modeAndOptions = List.copyOf(modeAndOptions);
    this.upstream = upstream;
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

  PrismCommand withUpstream(String upstream) {
    return new PrismCommand(modeAndOptions, upstream);
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
