package com.browseract.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GrowingDelayTest {
  private final GrowingDelay delay = new GrowingDelay(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(30));

  @Test
  void growsByItsFactorUpToItsCeiling() {
    assertThat(delay.after(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(delay.after(1)).isEqualTo(Duration.ofMillis(1500));
    assertThat(delay.after(4)).isEqualTo(Duration.ofMillis(5062));
    assertThat(delay.after(9)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void neverOverflowsAfterManyFailures() {
    assertThat(delay.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    assertThat(delay.after(-1)).isEqualTo(Duration.ofSeconds(1));
  }
}
