package com.browseract.bench;

import java.util.Arrays;
import java.util.List;

/** Mean, deviation and percentiles of plain samples. */
final class Stats {
  private Stats() {}

  static Figure meanAndDeviation(List<? extends Number> samples) {
    double mean = samples.stream().mapToDouble(Number::doubleValue).average().orElse(Double.NaN);
    double variance = samples.stream().mapToDouble(n -> Math.pow(n.doubleValue() - mean, 2)).sum()
        / Math.max(1, samples.size() - 1);
    return new Figure(mean, Math.sqrt(variance));
  }

  /** The {@code p}-th percentile (nearest rank) of the samples. */
  static long percentile(long[] samples, double p) {
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
