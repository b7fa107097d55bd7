package com.browseract.bench;

/** A measured value with its error (JMH's 99.9 % confidence half-width, or a standard deviation). */
record Figure(double value, double error) {
  /** This over {@code base}, with the relative errors combined. */
  Figure over(Figure base) {
    double ratio = value / base.value;
    double relative = Math.sqrt(Math.pow(error / value, 2) + Math.pow(base.error / base.value, 2));
    return new Figure(ratio, Double.isNaN(relative) ? 0 : ratio * relative);
  }

  String format(String pattern) {
    return String.format(java.util.Locale.ROOT, pattern + " ± " + pattern, value, error);
  }
}
