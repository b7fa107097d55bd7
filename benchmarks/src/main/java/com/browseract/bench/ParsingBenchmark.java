package com.browseract.bench;

import com.browseract.bench.defaultclient.JSON;
import com.browseract.client.Webhooks;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** A get-task body parsed into our Moshi models and into the default generator's Gson models. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class ParsingBenchmark {
  @Param({"20KB", "1MB"})
  public String size;

  private String body;
  private JsonAdapter<MinimalTask> minimal;

  @Setup
  public void load() {
    body = new String(TaskBodies.forSize(size), StandardCharsets.UTF_8);
    minimal = new Moshi.Builder().build().adapter(MinimalTask.class);
  }

  /** The floor's minimal class: what our typed models (dates, enums, nested types) cost on top. */
  @Benchmark
  public Object floorMoshi() throws IOException {
    return minimal.fromJson(body);
  }

  @Benchmark
  public Object sdkMoshi() {
    return Webhooks.parseTask(body);
  }

  @Benchmark
  public Object defaultGson() {
    return JSON.getGson().fromJson(body, com.browseract.bench.defaultclient.model.WorkflowTaskResponse.class);
  }
}
