package com.browseract.bench;

import com.browseract.client.internal.schema.InputSchemaCheck;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What checking a v3 run's input against its bot's input_schema costs per run (the schema compiled once per bot),
 * beside writing the same input as JSON with Moshi, which every run does anyway; and the one-off compile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class InputSchemaBenchmark {
  @Param({"document", "thirty"})
  public String size;

  private Object schema;
  private Object input;
  private InputSchemaCheck check;

  @Setup
  public void load() {
    schema = InputSchemas.value(InputSchemas.schema(size));
    input = InputSchemas.value(InputSchemas.input(size));
    check = InputSchemaCheck.compile(schema);
    check.check(input); // the input matches: a failure here means the benchmark measures the error path
  }

  /** Baseline: the request body's JSON, written from the same value. */
  @Benchmark
  public String serializeBaseline() {
    return InputSchemas.VALUES.toJson(input);
  }

  @Benchmark
  public Object check() {
    check.check(input);
    return check;
  }

  /** Once per bot (the SDK caches the compiled check per bot id). */
  @Benchmark
  public Object compile() {
    return InputSchemaCheck.compile(schema);
  }
}
