package com.browseract.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The call-time ratios measured in pairs: the same JVM runs the three clients' calls in alternating rounds
 * (order rotated each round), and each round yields one SDK/floor and one SDK/generated ratio. Slow drift of a
 * shared machine, which moves JMH's one-client-per-fork figures by more than 10 % from run to run, cancels out.
 */
final class PairedCallRatio {
  /** Per-round ratios, summarised. */
  record Ratios(Figure sdkOverFloor, Figure sdkOverGenerated, int rounds, int callsPerRound) {}

  private PairedCallRatio() {}

  static Ratios measure(int rounds, int callsPerRound) throws Exception {
    CallOverheadBenchmark clients = new CallOverheadBenchmark();
    clients.start();
    try {
      List<ThrowingCall> calls = List.of(clients::sdk, clients::okHttpMoshiFloor, clients::defaultGenerated);
      for (int i = 0; i < 10; i++) {
        for (ThrowingCall call : calls) {
          timePerCall(call, callsPerRound);
        }
      }
      List<Double> overFloor = new ArrayList<>();
      List<Double> overGenerated = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        double[] nanos = new double[3];
        for (int k = 0; k < 3; k++) {
          int index = (round + k) % 3;
          nanos[index] = timePerCall(calls.get(index), callsPerRound);
        }
        overFloor.add(nanos[0] / nanos[1]);
        overGenerated.add(nanos[0] / nanos[2]);
      }
      return new Ratios(confidence(overFloor), confidence(overGenerated), rounds, callsPerRound);
    } finally {
      clients.stop();
    }
  }

  /** Mean ± the 99.9 % confidence half-width (normal approximation, z = 3.29). */
  private static Figure confidence(List<Double> samples) {
    Figure meanAndDeviation = Stats.meanAndDeviation(samples);
    return new Figure(meanAndDeviation.value(), 3.29 * meanAndDeviation.error() / Math.sqrt(samples.size()));
  }

  private static double timePerCall(ThrowingCall call, int count) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      call.run();
    }
    return (System.nanoTime() - start) / (double) count;
  }

  @FunctionalInterface
  private interface ThrowingCall {
    Object run() throws Exception;
  }
}
