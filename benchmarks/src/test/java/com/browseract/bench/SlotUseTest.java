package com.browseract.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotUseTest {
  final Instant t0 = Instant.parse("2026-11-30T07:00:00Z");

  SlotUse.Span span(double from, double to) {
    return new SlotUse.Span(t0.plusMillis((long) (from * 1000)), t0.plusMillis((long) (to * 1000)));
  }

  @Test
  void slotUseWhileQueuedStopsAtTheLastStartAndOverWallCountsEverything() {
    // two slots; starts at 0, 0, 5 and 6 (the last start); the run returns at 10
    List<SlotUse.Span> tasks = List.of(span(0, 4), span(0, 5.5), span(5, 9), span(6, 10));

    SlotUse use = SlotUse.of(tasks, t0, t0.plusSeconds(10), 2, 2);

    // until 6 s: 4 + 5.5 + 1 busy seconds of 2 × 6
    assertThat(use.whileQueued()).isCloseTo(0.875, within(1e-9));
    // 4 + 5.5 + 4 + 4 of 2 × 10
    assertThat(use.overWall()).isCloseTo(0.875, within(1e-9));
    assertThat(use.fullMillis()).isZero();
    assertThat(use.lastStartMillis()).isEqualTo(6_000);
    assertThat(use.lastEndMillis()).isEqualTo(10_000);
    assertThat(use.ended()).isEqualTo(4);
  }

  @Test
  void aRefillIsTheStartThatTookTheSlotOfTheEarliestUnmatchedEnd() {
    // ends at 4 and 5.5; the third start (5) refills the first end after 1 s, the fourth (6) the second after 0.5 s
    List<SlotUse.Span> tasks = List.of(span(0, 4), span(0, 5.5), span(5, 9), span(6, 10));

    SlotUse use = SlotUse.of(tasks, t0, t0.plusSeconds(10), 2, 2);

    assertThat(use.meanRefillMillis()).isEqualTo(750);
    assertThat(use.p90RefillMillis()).isEqualTo(1_000);
  }

  @Test
  void tasksStillRunningAtTheEndAreNotCountedAsEnded() {
    SlotUse use = SlotUse.of(List.of(span(0, 4), span(1, 12)), t0, t0.plusSeconds(10), 2, 2);

    assertThat(use.ended()).isEqualTo(1);
  }
}
