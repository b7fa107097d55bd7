package com.browseract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.PollSchedule;
import com.browseract.client.WaitOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OnTimePollsTest {
  final WaitOptions defaults = WaitOptions.defaults();

  @Test
  void countsThePollsOfTheDefaultScheduleUpToTheFirstOneAfterTheEnd() {
    // polls at 0, 1, 2.5, then 2 s apart while 7 % of the time waited is below the 2 s floor: 4.5, 6.5 s
    assertThat(OnTimePolls.minimumPolls(0, defaults)).isEqualTo(1);
    assertThat(OnTimePolls.minimumPolls(1_000, defaults)).isEqualTo(2);
    assertThat(OnTimePolls.minimumPolls(1_001, defaults)).isEqualTo(3);
    assertThat(OnTimePolls.minimumPolls(4_500, defaults)).isEqualTo(4);
    assertThat(OnTimePolls.minimumPolls(4_501, defaults)).isEqualTo(5);
  }

  @Test
  void findsThePollThatSeesTheEndWhenEveryPollLeavesOnTime() {
    assertThat(OnTimePolls.endSeenAtMillis(0, defaults)).isZero();
    assertThat(OnTimePolls.endSeenAtMillis(1_000, defaults)).isEqualTo(1_000);
    assertThat(OnTimePolls.endSeenAtMillis(1_001, defaults)).isEqualTo(2_500);
    assertThat(OnTimePolls.endSeenAtMillis(4_501, defaults)).isEqualTo(6_500);
  }

  @Test
  void intervalsStopGrowingAtTheCap() {
    WaitOptions flat = WaitOptions.builder().pollSchedule(PollSchedule.builder().initialInterval(Duration.ofSeconds(2)).multiplier(3).maxInterval(Duration.ofSeconds(3)).capShare(0).build()).build();

    // polls at 0, 2, 5, 8, 11 s
    assertThat(OnTimePolls.minimumPolls(10_000, flat)).isEqualTo(5);
  }
}
