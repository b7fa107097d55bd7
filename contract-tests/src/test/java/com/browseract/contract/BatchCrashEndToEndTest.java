package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.batch.FakeBatchApi;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch command killed with SIGKILL at random moments, then run again, until it completes, against a fake API
 * that enforces a plan limit and records every task it creates. Whatever moment the kill hits (before a start is
 * journaled, between the journal and the request, between the answer and its record, before a result line), each
 * input must have exactly one task on the fake and exactly one line in the results.
 */
@Order(8)
class BatchCrashEndToEndTest {
  private static final Path LAUNCHER = Paths.get("..", "bin", "browseract").toAbsolutePath().normalize();
  private static final int INPUTS = 150;
  private static final int MAX_RUNS = 80;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 23, 47})
  void killedAtRandomMomentsAndRerunEachInputRunsExactlyOnce(long seed) throws Exception {
    Random random = new Random(seed);
    FakeBatchApi api = new FakeBatchApi(Clock.systemUTC(), 8);
    api.durations = input -> Duration.ofMillis(500 + Math.floorMod((input + seed).hashCode(), 1500));
    Path inputs = dir.resolve("keywords.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= INPUTS; i++) {
      lines.append("{\"keyword\":\"item ").append(i).append("\",\"max_items\":").append(i % 7).append("}\n");
    }
    Files.writeString(inputs, lines);
    Path results = dir.resolve("out.jsonl");

    int kills = 0;
    int runs = 0;
    int exit;
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(api);
      server.start();
      while (true) {
        runs++;
        assertThat(runs).as("runs before the batch completes").isLessThanOrEqualTo(MAX_RUNS);
        Process process = batch(server.url("/").toString(), inputs, results);
        // Early runs are cut short often; the kill window grows so that the batch surely completes.
        long killAfter = 300 + random.nextInt(2500 + 250 * runs);
        if (!process.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          kills++;
          continue;
        }
        exit = process.exitValue();
        break;
      }
    }

    Map<String, Integer> perInput = api.tasksPerInput();
    long duplicates = perInput.values().stream().filter(count -> count > 1).count();
    List<Map<String, Object>> resultLines = read(results);
    System.out.printf("batch crash test: seed %d, %d inputs, %d runs, %d kills, %d tasks created, %d duplicates%n",
        seed, INPUTS, runs, kills, api.created().size(), duplicates);
    assertThat(exit).as("the last run's exit code").isZero();
    assertThat(kills).as("kills").isGreaterThan(0);
    assertThat(duplicates).as("inputs with more than one task").isZero();
    assertThat(perInput).hasSize(INPUTS);
    assertThat(resultLines).hasSize(INPUTS);
    assertThat(resultLines).extracting(line -> line.get("key")).doesNotHaveDuplicates();
    Map<String, String> taskOfInput = new HashMap<>();
    api.created().forEach(task -> taskOfInput.put(task.input, task.id));
    for (Map<String, Object> line : resultLines) {
      @SuppressWarnings("unchecked")
      Map<String, Object> input = (Map<String, Object>) line.get("input");
      String text = "keyword=" + input.get("keyword") + "; max_items=" + input.get("max_items");
      assertThat(line.get("taskId")).as(text).isEqualTo(taskOfInput.get(text));
      assertThat(line.get("status")).isEqualTo("finished");
    }
  }

  @org.junit.jupiter.api.Test
  void ctrlCStopsStartingLeavesTasksRunningAndARerunFinishesThem() throws Exception {
    FakeBatchApi api = new FakeBatchApi(Clock.systemUTC(), 20);
    api.durations = input -> Duration.ofSeconds(4);
    Path inputs = dir.resolve("keywords.csv");
    StringBuilder lines = new StringBuilder("keyword\n");
    for (int i = 1; i <= 12; i++) {
      lines.append("item ").append(i).append('\n');
    }
    Files.writeString(inputs, lines);
    Path results = dir.resolve("out.jsonl");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(api);
      server.start();
      Process first = batch(server.url("/").toString(), inputs, results, "--concurrency", "4");
      while (api.created().size() < 4) {
        Thread.sleep(20);
      }
      interrupt(first);
      assertThat(first.waitFor(20, TimeUnit.SECONDS)).as("exits after one Ctrl-C").isTrue();
      String said = Files.readString(dir.resolve("cli-output.txt"));
      assertThat(first.exitValue()).as(said).isEqualTo(130);
      assertThat(said).contains("interrupted: starting nothing more; running tasks keep running");
      assertThat(api.created()).as("nothing started after Ctrl-C").hasSize(4);
      assertThat(api.requests("stop-task")).isZero();

      Process twice = batch(server.url("/").toString(), inputs, results, "--concurrency", "4");
      Thread.sleep(1500);
      interrupt(twice);
      interrupt(twice);
      assertThat(twice.waitFor(10, TimeUnit.SECONDS)).as("exits at a second Ctrl-C").isTrue();
      assertThat(twice.exitValue()).isEqualTo(130);

      Process rerun = batch(server.url("/").toString(), inputs, results, "--concurrency", "4");
      assertThat(rerun.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(rerun.exitValue()).as(Files.readString(dir.resolve("cli-output.txt"))).isZero();
    }
    assertThat(api.tasksPerInput()).hasSize(12).allSatisfy((input, tasks) -> assertThat(tasks).isEqualTo(1));
    assertThat(read(results)).hasSize(12);
  }

  private static void interrupt(Process process) throws Exception {
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
  }

  private Process batch(String baseUrl, Path inputs, Path results, String... more) throws IOException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "--base-url", baseUrl, "batch", "wf-crash",
        "--inputs", inputs.toString(), "--out", results.toString(), "--reconcile-after", "2s"));
    command.addAll(List.of(more.length == 0 ? new String[] {"--concurrency", "10"} : more));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("cli-output.txt").toFile()).directory(dir.toFile());
    builder.environment().put("BROWSERACT_API_KEY", "sk-crash-test");
    return builder.start();
  }

  private static List<Map<String, Object>> read(Path results) throws IOException {
    var adapter = new Moshi.Builder().build().<Map<String, Object>>adapter(
        Types.newParameterizedType(Map.class, String.class, Object.class));
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
      lines.add(adapter.fromJson(line));
    }
    return lines;
  }
}
