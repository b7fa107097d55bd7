package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPartsTest {
  static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

  @TempDir
  Path dir;

  @Test
  void listedInputParametersMatchWhateverTheSpacingAndOrder() {
    BatchInput input = BatchInput.of(1, Map.of("keyword", "laptops", "max_items", "50"));

    assertThat(InputMatch.matches("keyword=laptops; max_items=50", input)).isTrue();
    assertThat(InputMatch.matches("max_items=50;keyword=laptops", input)).isTrue();
    assertThat(InputMatch.matches("keyword=laptops; max_items=51", input)).isFalse();
    assertThat(InputMatch.matches("keyword=laptops", input)).isFalse();
    assertThat(InputMatch.matches(null, input)).isFalse();
  }

  @Test
  void theLimitDropsToWhatRunsOnARefusalAndClimbsBackOneStepPerSuccessfulProbe() {
    AdaptiveLimit limit = new AdaptiveLimit(5);
    assertThat(limit.allowed(T0)).isEqualTo(5);

    assertThat(limit.refused(3, T0)).isTrue();
    assertThat(limit.current()).isEqualTo(3);
    assertThat(limit.allowed(T0.plusSeconds(1))).as("no probe before 2 s").isEqualTo(3);
    assertThat(limit.allowed(T0.plusSeconds(2))).isEqualTo(4);

    limit.refused(3, T0.plusSeconds(2));
    assertThat(limit.probeAfter()).as("the second probe waits 3 s").isEqualTo(T0.plusSeconds(5));
    assertThat(limit.started(4)).isTrue();
    assertThat(limit.current()).isEqualTo(4);
    assertThat(limit.allowed(T0.plusSeconds(6))).isEqualTo(5);
    limit.started(5);
    assertThat(limit.allowed(T0.plusSeconds(6))).isEqualTo(5);

    assertThat(new AdaptiveLimit(2).refused(0, T0)).as("never below 1").isTrue();
  }

  @Test
  void looksFollowTheRateOfEndsAndWaitWhileNoTaskCanEnd() {
    WatchSchedule schedule = new WatchSchedule(Duration.ofSeconds(10));
    assertThat(schedule.next(T0, List.of(T0))).isEqualTo(Duration.ofSeconds(1));
    assertThat(schedule.next(T0, List.of(T0))).isEqualTo(Duration.ofMillis(1500));

    // 10 ends in 4 s: 2.5 per second, a look every 2 ends = 0.8 s.
    for (int i = 1; i <= 10; i++) {
      schedule.ended(T0.plusMillis(400 * i), Duration.ofSeconds(4));
    }
    Instant now = T0.plusMillis(4400);
    assertThat(schedule.next(now, List.of(now.minusSeconds(8)))).isEqualTo(Duration.ofMillis(800));
    assertThat(schedule.next(now, List.of(now.minusSeconds(8)), false)).as("no input waits for a slot")
        .isEqualTo(Duration.ofMillis(1600));

    // Every running task started 1 s ago and none ran less than 4 s: the next can end in 2.6 s at the earliest.
    assertThat(schedule.next(now, List.of(now.minusSeconds(1)))).isEqualTo(Duration.ofMillis(2600));
  }

  @Test
  void aTornLastLineIsCutBeforeAppending() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    Files.writeString(file, "{\"type\":\"batch\",\"workflowId\":\"wf\",\"at\":\"2026-11-30T08:00:00Z\"}\n{\"type\":\"star");
    try (Journal journal = Journal.open(file)) {
      journal.append(JournalRecord.refused(BatchInput.of(1, Map.of("k", "v")), 1, 10118));
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("{\"type\":\"refused\",\"key\":\"1:").endsWith("\"attempt\":1,\"code\":10118}");
  }
}
