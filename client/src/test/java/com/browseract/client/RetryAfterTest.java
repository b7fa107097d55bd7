package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.errors.ErrorDetails;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.RateLimitException;
import com.browseract.client.errors.ServerException;
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
        ErrorDetails.builder("getTask", 429).retryAfter(Duration.ofHours(1)).build(), ErrorKind.REFUSED);
    ServerException maintenance = new ServerException(
        ErrorDetails.builder("getTask", 503).retryAfter(Duration.ofSeconds(20)).build(), ErrorKind.TRANSIENT);

    assertThat(policy.delayBeforeRetry(longWait, 0)).isNull();
    assertThat(policy.delayBeforeRetry(maintenance, 0)).isEqualTo(Duration.ofSeconds(20));
  }
}
