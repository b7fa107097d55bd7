package com.browseract.bench;

import com.browseract.bench.defaultclient.ApiClient;
import com.browseract.bench.defaultclient.api.TasksApi;
import com.browseract.client.BrowserAct;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** One get-task round trip over loopback keep-alive, by each of the three clients, against one server. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class CallOverheadBenchmark {
  private static final String KEY = "bench-key";

  private FixedAnswerServer server;
  private BrowserAct sdk;
  private OkHttpClient okHttp;
  private HttpUrl floorBase;
  private JsonAdapter<MinimalTask> floorAdapter;
  private TasksApi defaultClient;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new FixedAnswerServer(TaskBodies.realistic());
    sdk = BrowserAct.builder().apiKey(KEY).baseUrl(server.baseUrl()).build();
    okHttp = new OkHttpClient();
    floorBase = HttpUrl.get(server.baseUrl());
    floorAdapter = new Moshi.Builder().build().adapter(MinimalTask.class);
    ApiClient apiClient = new ApiClient();
    apiClient.setBasePath(server.baseUrl());
    apiClient.setBearerToken(KEY);
    defaultClient = new TasksApi(apiClient);
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    sdk.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public Object sdk() {
    return sdk.tasks().get(TaskBodies.TASK_ID);
  }

  @Benchmark
  public Object okHttpMoshiFloor() throws IOException {
    // What any hand-written call does per task: the URL with its id, and the key.
    Request request = new Request.Builder()
        .url(floorBase.newBuilder().addPathSegments("v2/workflow/get-task")
            .addQueryParameter("task_id", TaskBodies.TASK_ID).build())
        .header("Authorization", "Bearer " + KEY).build();
    try (Response response = okHttp.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return floorAdapter.fromJson(response.body().source());
    }
  }

  @Benchmark
  public Object defaultGenerated() throws Exception {
    return defaultClient.getTask(TaskBodies.TASK_ID);
  }
}
