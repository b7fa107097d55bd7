package com.browseract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.WaitOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  final WaitOptions defaults = WaitOptions.defaults();

  @Test
  void countsThePollsOfTheDefaultScheduleUpToTheFirstOneAfterTheEnd() {
    // polls at 0, 1, 2.5, then 2 s apart while 7 % of the time waited is below the 2 s floor: 4.5, 6.5 s
    assertThat(PollSchedule.minimumPolls(0, defaults)).isEqualTo(1);
    assertThat(PollSchedule.minimumPolls(1_000, defaults)).isEqualTo(2);
    assertThat(PollSchedule.minimumPolls(1_001, defaults)).isEqualTo(3);
    assertThat(PollSchedule.minimumPolls(4_500, defaults)).isEqualTo(4);
    assertThat(PollSchedule.minimumPolls(4_501, defaults)).isEqualTo(5);
  }

  @Test
  void findsThePollThatSeesTheEndWhenEveryPollLeavesOnTime() {
    assertThat(PollSchedule.endSeenAtMillis(0, defaults)).isZero();
    assertThat(PollSchedule.endSeenAtMillis(1_000, defaults)).isEqualTo(1_000);
    assertThat(PollSchedule.endSeenAtMillis(1_001, defaults)).isEqualTo(2_500);
    assertThat(PollSchedule.endSeenAtMillis(4_501, defaults)).isEqualTo(6_500);
  }

  @Test
  void intervalsStopGrowingAtTheCap() {
    WaitOptions flat = WaitOptions.builder().initialPollInterval(Duration.ofSeconds(2)).pollMultiplier(3)
        .maxPollInterval(Duration.ofSeconds(3)).pollCapShare(0).build();

    // polls at 0, 2, 5, 8, 11 s
    assertThat(PollSchedule.minimumPolls(10_000, flat)).isEqualTo(5);
  }
}
