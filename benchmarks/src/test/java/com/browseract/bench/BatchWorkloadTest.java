package com.browseract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.batch.BatchInput;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchWorkloadTest {
  @Test
  void everyTaskLastsFourToTwelveSecondsAndTheSameSeedGivesTheSameDurations() {
    BatchWorkload one = new BatchWorkload(300, 42);
    BatchWorkload again = new BatchWorkload(300, 42);

    for (BatchInput input : one.inputs()) {
      String text = BatchWorkload.fakeText(input.parameters().get(BatchWorkload.PARAMETER));
      assertThat(one.duration(text)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(12))
          .isEqualTo(again.duration(text));
    }
    assertThat(one.taskSeconds(300)).isEqualTo(again.taskSeconds(300));
  }

  @Test
  void theFirstInputsHaveTheDurationsTheyHaveInTheWholeWorkload() {
    BatchWorkload whole = new BatchWorkload(300, 42);
    BatchWorkload first = new BatchWorkload(20, 42);

    assertThat(first.taskSeconds(20)).isEqualTo(whole.taskSeconds(20));
  }

  @Test
  void thePerfectRunStartsEachInputTheMomentASlotIsFree() {
    BatchWorkload workload = new BatchWorkload(3, 42);
    double[] seconds = workload.inputs().stream()
        .mapToDouble(input -> workload.duration(BatchWorkload.fakeText(input.parameters().get("keyword"))).toMillis()
            / 1000.0)
        .toArray();

    // one slot: one after another; three slots: the longest task
    assertThat(workload.perfectSeconds(1)).isEqualTo(workload.taskSeconds(3));
    assertThat(workload.perfectSeconds(3)).isEqualTo(Math.max(seconds[0], Math.max(seconds[1], seconds[2])));
  }
}
