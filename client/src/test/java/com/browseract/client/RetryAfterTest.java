package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsSecondsAndHttpDates() {
    assertThat(RetryAfter.parse("5", NOW)).isEqualTo(Duration.ofSeconds(5));
    assertThat(RetryAfter.parse("0.25", NOW)).isEqualTo(Duration.ofMillis(250));
    assertThat(RetryAfter.parse("Sun, 29 Nov 2026 10:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Sun, 29 Nov 2026 09:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
    assertThat(RetryAfter.parse("soon", NOW)).isNull();
    assertThat(RetryAfter.parse("-3", NOW)).isNull();
  }

  @Test
  void retryAfterAboveTheCeilingEndsTheRetriesRatherThanRetrySoonerThanAsked() {
    RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), () -> 1.0);
    RateLimitException longWait = new RateLimitException(
        new ErrorDetails("getTask", 429, null, null, null, "", Duration.ofHours(1)), null);
    ServerException maintenance = new ServerException(
        new ErrorDetails("getTask", 503, null, null, null, "", Duration.ofSeconds(20)), null);

    assertThat(policy.delayBeforeRetry(Operation.GET_TASK, longWait, 0)).isNull();
    assertThat(policy.delayBeforeRetry(Operation.GET_TASK, maintenance, 0)).isEqualTo(Duration.ofSeconds(20));
  }
}
