package com.browseract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness behind section 4 of the results: each way of waiting makes the requests it should, for every task. */
class CallbackWaitsTest {
  @Test
  void eachWayOfWaitingReadsWhatItShould() throws Exception {
    Map<Duration, Map<CallbackWaits.Mode, List<CallbackWaits.Wait>>> waits =
        CallbackWaits.run(List.of(Duration.ofSeconds(1)), 3, 7);

    Map<CallbackWaits.Mode, List<CallbackWaits.Wait>> byMode = waits.get(Duration.ofSeconds(1));
    int fullTask = TaskBodies.realisticFor("9018334100000000", "finished").length();
    // Tasks of 1-6 s: callbacks end the wait with one get-task, long before a 30 s safety poll.
    assertThat(byMode.get(CallbackWaits.Mode.CALLBACKS)).hasSize(3)
        .allSatisfy(w -> assertThat(w.requests()).isEqualTo(1))
        .allSatisfy(w -> assertThat(w.bytes()).isEqualTo(fullTask));
    assertThat(byMode.get(CallbackWaits.Mode.CALLBACKS_CLI)).hasSize(3)
        .allSatisfy(w -> assertThat(w.requests()).isEqualTo(1));
    // Polling: status requests, then one get-task.
    assertThat(byMode.get(CallbackWaits.Mode.POLLING)).hasSize(3)
        .allSatisfy(w -> assertThat(w.requests()).isGreaterThan(1))
        .allSatisfy(w -> assertThat(w.bytes()).isBetween((long) fullTask, fullTask + 2_000L));
    // The loop: a full task every 5 s, the first 5 s after the start.
    assertThat(byMode.get(CallbackWaits.Mode.LOOP)).hasSize(3)
        .allSatisfy(w -> assertThat(w.requests()).isBetween(1, 2))
        .allSatisfy(w -> assertThat(w.bytes()).isEqualTo((long) w.requests() * fullTask));
  }
}
