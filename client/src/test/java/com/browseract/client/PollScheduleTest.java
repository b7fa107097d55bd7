package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  private static final PollSchedule DEFAULTS = PollSchedule.defaults();

  @Test
  void theIntervalGrowsUnderTheAgeCap() {
    // poll 1 at 0 s: 1 s; poll 2 at 1 s: 1.5 s, but the floor of the age cap is 2 s so 1.5 s stays
    assertThat(DEFAULTS.delayAfter(1, Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    assertThat(DEFAULTS.delayAfter(2, Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(1500));
    // poll 3 would wait 2.25 s; young, the cap is its 2 s floor
    assertThat(DEFAULTS.delayAfter(3, Duration.ofMillis(2500))).isEqualTo(Duration.ofSeconds(2));
    // long past the growth, 7 % of 100 s = 7 s caps it; past 143 s the 10 s maximum does
    assertThat(DEFAULTS.delayAfter(30, Duration.ofSeconds(100))).isEqualTo(Duration.ofSeconds(7));
    assertThat(DEFAULTS.delayAfter(40, Duration.ofSeconds(200))).isEqualTo(PollSchedule.DEFAULT_MAX_INTERVAL);
  }

  @Test
  void aCapShareOfZeroIsAFixedCap() {
    PollSchedule fixed = PollSchedule.builder().capShare(0).build();

    assertThat(fixed.delayAfter(30, Duration.ofSeconds(5))).isEqualTo(PollSchedule.DEFAULT_MAX_INTERVAL);
  }

  @Test
  void theSafetyPollDoublesWithTheWaitUpToItsMaximum() {
    assertThat(DEFAULTS.safetyDelayAfter(Duration.ZERO)).isEqualTo(PollSchedule.DEFAULT_SAFETY_INTERVAL);
    assertThat(DEFAULTS.safetyDelayAfter(Duration.ofMinutes(4))).isEqualTo(Duration.ofMinutes(4));
    assertThat(DEFAULTS.safetyDelayAfter(Duration.ofHours(2))).isEqualTo(PollSchedule.MAX_SAFETY_INTERVAL);
    PollSchedule slow = PollSchedule.builder().safetyInterval(Duration.ofMinutes(20)).build();
    assertThat(slow.safetyDelayAfter(Duration.ofHours(2))).as("a longer first interval is kept")
        .isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void equalSchedulesAreEqual() {
    PollSchedule custom = PollSchedule.builder().initialInterval(Duration.ofSeconds(2)).multiplier(2).build();

    assertThat(custom.toBuilder().build()).isEqualTo(custom).hasSameHashCodeAs(custom);
    assertThat(custom).isNotEqualTo(DEFAULTS);
    assertThat(custom.toString()).contains("initialInterval=PT2S", "multiplier=2.0");
  }
}
