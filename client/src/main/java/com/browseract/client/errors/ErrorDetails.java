package com.browseract.client.errors;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one failed exchange with the API: the fields every {@link ApiException} reports. Immutable.
 *
 * <p>To throw from a stub of your own exactly what the SDK would:
 *
 * <pre>{@code
 * throw new NotFoundException(ErrorDetails.builder("getTask", 400).code(10112).msg("Task is not exist.")
 *     .traceId("trace-1").build(), ErrorKind.FIX_TARGET);
 * }</pre>
 */
public final class ErrorDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final int statusCode;
  private final Integer code;
  private final String msg;
  private final String traceId;
  private final String bodySnippet;
  private final Duration retryAfter;

  private ErrorDetails(Builder builder) {
    this.operation = builder.operation;
    this.statusCode = builder.statusCode;
    this.code = builder.code;
    this.msg = builder.msg;
    this.traceId = builder.traceId;
    this.bodySnippet = builder.bodySnippet == null ? "" : builder.bodySnippet;
    this.retryAfter = builder.retryAfter;
  }

  /**
   * @param operation the operationId of the call, such as {@code getTask}; required
   * @param statusCode the HTTP status of the answer
   * @return a builder; every other field is optional
   */
  public static Builder builder(String operation, int statusCode) {
    return new Builder(operation, statusCode);
  }

  /** @return the operationId of the call that failed */
  public String operation() {
    return operation;
  }

  /** @return the HTTP status */
  public int statusCode() {
    return statusCode;
  }

  /** @return the envelope's {@code code}, or null */
  public Integer code() {
    return code;
  }

  /** @return the envelope's {@code msg} (or what the SDK found wrong with a success), or null */
  public String msg() {
    return msg;
  }

  /** @return the envelope's {@code traceId}, or null */
  public String traceId() {
    return traceId;
  }

  /** @return the first bytes of the body, possibly empty, never null */
  public String bodySnippet() {
    return bodySnippet;
  }

  /** @return the wait the server asked for with {@code Retry-After}, if it did */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** One line: operation, status, envelope fields, and a hint on what to do when there is one. */
  String describe(String hint) {
    StringBuilder line = new StringBuilder(operation).append(" failed: HTTP ").append(statusCode);
    if (code != null) {
      line.append(", code ").append(code);
    }
    if (msg != null && !msg.isEmpty()) {
      line.append(", ").append(oneLine(msg));
    } else if (!bodySnippet.isEmpty() && code == null) {
      line.append(", body: ").append(oneLine(bodySnippet.length() > 120 ? bodySnippet.substring(0, 120) + "…" : bodySnippet));
    }
    line.append(" (traceId ").append(traceId == null ? "none" : traceId).append(')');
    if (hint != null) {
      line.append(". ").append(hint);
    }
    return line.toString();
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  /** Builds {@link ErrorDetails}. */
  public static final class Builder {
    private final String operation;
    private final int statusCode;
    private Integer code;
    private String msg;
    private String traceId;
    private String bodySnippet;
    private Duration retryAfter;

    private Builder(String operation, int statusCode) {
      this.operation = Objects.requireNonNull(operation, "operation == null");
      this.statusCode = statusCode;
    }

    /**
     * @param code the envelope's {@code code}, or null
     * @return this builder
     */
    public Builder code(Integer code) {
      this.code = code;
      return this;
    }

    /**
     * @param msg the envelope's {@code msg}, or null
     * @return this builder
     */
    public Builder msg(String msg) {
      this.msg = msg;
      return this;
    }

    /**
     * @param traceId the envelope's {@code traceId}, or null
     * @return this builder
     */
    public Builder traceId(String traceId) {
      this.traceId = traceId;
      return this;
    }

    /**
     * @param bodySnippet the first bytes of the body, or null for none
     * @return this builder
     */
    public Builder bodySnippet(String bodySnippet) {
      this.bodySnippet = bodySnippet;
      return this;
    }

    /**
     * @param retryAfter the wait the server asked for, or null
     * @return this builder
     */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /** @return the details */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
