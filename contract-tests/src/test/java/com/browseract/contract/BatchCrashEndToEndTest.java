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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch command ({@code batch} for a v2 workflow, {@code bots batch} for a v3 bot: one engine, two dialects)
 * killed with SIGKILL, then run again, until it completes, against a fake API that enforces a
 * plan limit and records every task it creates. Each kill is placed: the test watches the journal and kills the
 * process the moment a record of the kind it aims at appears (a start journaled but perhaps not yet sent or not
 * yet answered, a start answered and recorded, a task's end recorded but perhaps not its result line). Whatever
 * the moment, each input must have exactly one task on the fake and exactly one line in the results.
 */
@Order(8)
class BatchCrashEndToEndTest {
  private static final Path LAUNCHER = Paths.get("..", "bin", "browseract").toAbsolutePath().normalize();
  private static final int INPUTS = 60;
  /** The records after which the runs are killed, in turn; each kind is aimed at three times. */
  private static final List<String> KILL_AFTER = List.of("starting", "started", "ended", "starting", "started",
      "ended", "starting", "started", "ended");
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  /** How often the test looks at the journal or the fake: a kill lands within about this much of its record. */
  private static final Duration POLL = Duration.ofMillis(2);

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"batch wf-crash", "bots batch bot-crash"})
  void killedRightAfterEachKindOfJournalRecordAndRerunEachInputRunsExactlyOnce(String command) throws Exception {
    FakeBatchApi api = new FakeBatchApi(Clock.systemUTC(), 8);
    api.durations = input -> Duration.ofMillis(200 + Math.floorMod(input.hashCode(), 700));
    Path inputs = dir.resolve("keywords.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= INPUTS; i++) {
      lines.append("{\"keyword\":\"item ").append(i).append("\",\"max_items\":").append(i % 7).append("}\n");
    }
    Files.writeString(inputs, lines);
    Path results = dir.resolve("out.jsonl");
    Path journal = dir.resolve("out.journal.jsonl");

    List<String> kills = new ArrayList<>();
    int exit;
    try (MockWebServer server = api.serve()) {
      for (String aim : KILL_AFTER) {
        int before = count(journal, aim);
        Process process = batch(command, server.url("/").toString(), inputs, results);
        if (awaitRecord(journal, aim, before, process)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          kills.add(aim);
        } else {
          process.waitFor(10, TimeUnit.SECONDS); // it ended before a record of that kind came: no kill this time
        }
      }
      Process last = batch(command, server.url("/").toString(), inputs, results);
      assertThat(last.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the last run completes").isTrue();
      exit = last.exitValue();
    }

    Map<String, Integer> perInput = api.tasksPerInput();
    long duplicates = perInput.values().stream().filter(count -> count > 1).count();
    List<Map<String, Object>> resultLines = read(results);
    System.out.printf("%s crash test: %d inputs, kills after %s, %d tasks created, %d duplicates%n",
        command.replaceAll(" \\S+$", ""), INPUTS, kills, api.created().size(), duplicates);
    assertThat(exit).as("the last run's exit code: %s", Files.readString(dir.resolve("cli-output.txt"))).isZero();
    assertThat(kills).as("kills placed after each kind of record").contains("starting", "started", "ended")
        .hasSizeGreaterThanOrEqualTo(6);
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

  /** Waits until the journal holds more than {@code before} records of {@code type}; false if the run ended first. */
  private static boolean awaitRecord(Path journal, String type, int before, Process process) throws IOException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    long seenSize = -1;
    while (System.nanoTime() < deadline) {
      long size = Files.exists(journal) ? Files.size(journal) : 0;
      if (size != seenSize) { // read the journal again only when it grew: the CLI under test needs the CPU
        seenSize = size;
        if (count(journal, type) > before) {
          return true;
        }
      }
      if (!process.isAlive()) {
        return false;
      }
      LockSupport.parkNanos(POLL.toNanos());
    }
    throw new AssertionError("no new '" + type + "' record in " + PATIENCE.toSeconds() + " s");
  }

  private static int count(Path journal, String type) throws IOException {
    if (!Files.exists(journal)) {
      return 0;
    }
    String marker = "\"type\":\"" + type + "\"";
    String text = Files.readString(journal);
    int count = 0;
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void ctrlCStopsStartingLeavesTasksRunningAndARerunFinishesThem() throws Exception {
    FakeBatchApi api = new FakeBatchApi(Clock.systemUTC(), 20);
    api.durations = input -> Duration.ofSeconds(2);
    Path inputs = dir.resolve("keywords.csv");
    StringBuilder lines = new StringBuilder("keyword\n");
    for (int i = 1; i <= 12; i++) {
      lines.append("item ").append(i).append('\n');
    }
    Files.writeString(inputs, lines);
    Path results = dir.resolve("out.jsonl");
    try (MockWebServer server = api.serve()) {
      Process first = batch(server.url("/").toString(), inputs, results, "--concurrency", "4");
      awaitUntil(() -> api.created().size() >= 4, "four tasks started");
      interrupt(first);
      assertThat(first.waitFor(20, TimeUnit.SECONDS)).as("exits after one Ctrl-C").isTrue();
      String said = Files.readString(dir.resolve("cli-output.txt"));
      assertThat(first.exitValue()).as(said).isEqualTo(130);
      assertThat(said).contains("interrupted: starting nothing more; running tasks keep running");
      assertThat(api.created()).as("nothing started after Ctrl-C").hasSize(4);
      assertThat(api.requests("stop-task")).isZero();

      int requestsBefore = api.requests();
      Process twice = batch(server.url("/").toString(), inputs, results, "--concurrency", "4");
      awaitUntil(() -> api.requests() > requestsBefore, "the resumed run's first request");
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

  private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      LockSupport.parkNanos(POLL.toNanos());
    }
  }

  private static void interrupt(Process process) throws Exception {
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
  }

  private Process batch(String baseUrl, Path inputs, Path results, String... more) throws IOException {
    return batch("batch wf-crash", baseUrl, inputs, results, more);
  }

  /** Runs {@code bin/browseract --base-url URL COMMAND ID --inputs … --out …} ({@code command} holds the id). */
  private Process batch(String batchCommand, String baseUrl, Path inputs, Path results, String... more)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "--base-url", baseUrl));
    command.addAll(List.of(batchCommand.split(" ")));
    command.addAll(List.of("--inputs", inputs.toString(), "--out", results.toString(), "--reconcile-after", "2s"));
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
