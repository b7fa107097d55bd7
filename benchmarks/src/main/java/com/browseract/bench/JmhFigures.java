package com.browseract.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs one JMH benchmark class with the GC profiler and keeps, per benchmark, its score and allocation. */
final class JmhFigures {
  /** Score and bytes allocated per operation of one benchmark (and parameter value, if any). */
  record Row(Figure score, Figure allocatedBytes) {}

  private JmhFigures() {}

  /** Rows keyed by method name, or {@code method[param]} when the benchmark has a parameter. */
  static Map<String, Row> run(Class<?> benchmark, boolean quick) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("\\." + benchmark.getSimpleName() + "\\.")
        .addProfiler("gc")
        .shouldFailOnError(true);
    if (quick) {
      options.forks(1).warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Row> rows = new LinkedHashMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      String name = method.substring(method.lastIndexOf('.') + 1);
      String size = result.getParams().getParam("size");
      Result<?> primary = result.getPrimaryResult();
      rows.put(size == null ? name : name + "[" + size + "]",
          new Row(figure(primary), allocation(result)));
    }
    return rows;
  }

  private static Figure allocation(RunResult result) {
    return result.getSecondaryResults().entrySet().stream()
        .filter(entry -> entry.getKey().endsWith("gc.alloc.rate.norm"))
        .map(entry -> figure(entry.getValue()))
        .findFirst().orElse(new Figure(Double.NaN, Double.NaN));
  }

  private static Figure figure(Result<?> result) {
    double error = result.getScoreError();
    return new Figure(result.getScore(), Double.isNaN(error) ? 0 : error);
  }
}
