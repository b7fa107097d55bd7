package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import java.time.Duration;
import java.util.Optional;

/** One attempt of an API call, as a {@link CallListener} hears it. */
public final class CallAttempt {
  private final String operation;
  private final int number;
  private final int statusCode;
  private final Integer businessCode;
  private final String traceId;
  private final Duration duration;
  private final BrowserActException failure;

  CallAttempt(String operation, int number, int statusCode, Integer businessCode, String traceId, Duration duration,
      BrowserActException failure) {
    this.operation = operation;
    this.number = number;
    this.statusCode = statusCode;
    this.businessCode = businessCode;
    this.traceId = traceId;
    this.duration = duration;
    this.failure = failure;
  }

  /** @return the operationId, such as {@code getTask} */
  public String operation() {
    return operation;
  }

  /** @return 1 for the first attempt, 2 for the first retry... */
  public int number() {
    return number;
  }

  /** @return the HTTP status, or 0 when no answer came */
  public int statusCode() {
    return statusCode;
  }

  /** @return BrowserAct's business code of an error envelope, if the answer carried one */
  public Optional<Integer> businessCode() {
    return Optional.ofNullable(businessCode);
  }

  /** @return the traceId of the answer (error envelope, else {@code traceId} header), if any */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /** @return from sending the request to its answer or failure */
  public Duration duration() {
    return duration;
  }

  /** @return what the attempt failed with, if it failed */
  public Optional<BrowserActException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return "CallAttempt{" + operation + " #" + number + " HTTP " + statusCode
        + (businessCode == null ? "" : " code " + businessCode) + (traceId == null ? "" : " traceId=" + traceId)
        + " in " + duration.toMillis() + " ms" + (failure == null ? "" : ", " + failure.getClass().getSimpleName())
        + "}";
  }
}
