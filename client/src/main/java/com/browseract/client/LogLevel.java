package com.browseract.client;

import java.util.Locale;

/**
 * How much of each request a client logs through SLF4J (logger {@code com.browseract.client.http}, level INFO),
 * set with {@link ClientConfig.Builder#logLevel(LogLevel)} or the environment variable {@code BROWSERACT_LOG}. The
 * API key is never logged, nor any header.
 */
public enum LogLevel {
  /** Nothing (the default). */
  OFF,
  /**
   * One line per request and one per answer: operation, method and path, attempt; then HTTP status, duration and
   * traceId.
   *
   * <pre>
   * --&gt; getTask GET /v2/workflow/get-task?task_id=90183340215371521 (attempt 1)
   * &lt;-- getTask GET /v2/workflow/get-task 200 in 84 ms (attempt 1) traceId=5f0c…
   * </pre>
   */
  INFO,
  /**
   * As {@link #INFO}, each line ending with the body (JSON or text), cut to 4,096 characters.
   */
  DEBUG;

  /**
   * @param value {@code info}, {@code debug} or {@code off}, in any case; null or blank for off
   * @return the level, or null for anything else
   */
  static LogLevel parse(String value) {
    if (value == null) {
      return OFF;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "info":
        return INFO;
      case "debug":
        return DEBUG;
      case "off":
      case "":
        return OFF;
      default:
        return null;
    }
  }
}
