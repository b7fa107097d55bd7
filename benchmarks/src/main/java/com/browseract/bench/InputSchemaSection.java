package com.browseract.bench;

import java.util.List;
import java.util.Map;

/**
 * The RESULTS.md section of {@link InputSchemaBenchmark}. {@code main} runs only that benchmark and prints the
 * section ({@code --quick} shortens it), for when the schema check changes without a whole {@code make bench}.
 */
final class InputSchemaSection {
  private InputSchemaSection() {
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    System.out.println(markdown(JmhFigures.run(InputSchemaBenchmark.class, quick), quick));
  }

  /**
   * Check time over baseline time, measured in one JVM by alternating the two in short rounds, so that the load of
   * a shared machine falls on both alike: the mean of the rounds' ratios ± one standard deviation.
   */
  static Figure pairedRatio(String size, boolean quick) {
    InputSchemaBenchmark bench = new InputSchemaBenchmark();
    bench.size = size;
    bench.load();
    int rounds = quick ? 10 : 60;
    int calls = 5_000;
    List<Double> ratios = new java.util.ArrayList<>();
    long sink = 0;
    for (int round = -10; round < rounds; round++) { // the first 10 rounds warm up
      long start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        sink += bench.serializeBaseline().length();
      }
      long baseline = System.nanoTime() - start;
      start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        sink += bench.check() == null ? 0 : 1;
      }
      long check = System.nanoTime() - start;
      if (round >= 0) {
        ratios.add((double) check / baseline);
      }
    }
    if (sink == 42) {
      System.out.print(""); // keeps the loops' results alive
    }
    return Stats.meanAndDeviation(ratios);
  }

  static String markdown(Map<String, JmhFigures.Row> rows, boolean quick) {
    StringBuilder md = new StringBuilder("## 7. Checking a v3 run's input against its input_schema\n\n")
        .append("`InputSchemaCheck` (dev.harrel json-schema over Moshi's values): compiled once per bot, then one ")
        .append("check per run. Baseline in the same run: writing the same input as JSON with Moshi, which every run ")
        .append("does anyway. document = the v3 document's bot example (1 required string, no other property); ")
        .append("thirty = 30 properties (strings, patterns, enums, bounded numbers, booleans, unique string arrays, ")
        .append("$ref'd objects and an array of them), draft 2020-12.\n\n")
        .append("| input_schema | per run | time (ns) | allocated (bytes) | time ÷ baseline | allocation ÷ baseline |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    for (String size : List.of("document", "thirty")) {
      JmhFigures.Row base = rows.get("serializeBaseline[" + size + "]");
      JmhFigures.Row check = rows.get("check[" + size + "]");
      JmhFigures.Row compile = rows.get("compile[" + size + "]");
      md.append(row(size, "baseline: Moshi writes the input", base, base))
          .append(row(size, "schema check", check, base))
          .append(row(size, "compile (once per bot)", compile, base));
    }
    md.append("\nPaired rounds (one JVM alternates the baseline and the check, 5,000 of each per round, 60 rounds; ")
        .append("robust to a shared machine's load, which makes the JMH times above noisy), check time ÷ baseline: ");
    for (String size : List.of("document", "thirty")) {
      md.append(size).append(' ').append(pairedRatio(size, quick).format("%.2f"))
          .append(size.equals("document") ? ", " : ".\n");
    }
    return md.append('\n').toString();
  }

  private static String row(String size, String label, JmhFigures.Row row, JmhFigures.Row base) {
    return "| " + size + " | " + label + " | " + row.score().format("%.0f") + " | "
        + row.allocatedBytes().format("%.0f") + " | " + row.score().over(base.score()).format("%.2f") + " | "
        + row.allocatedBytes().over(base.allocatedBytes()).format("%.2f") + " |\n";
  }
}
