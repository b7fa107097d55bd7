package com.browseract.client;

import java.util.List;
import java.util.Map;

/** The HTTP answer to one request, as a {@link ResponseListener} sees it, before the SDK reads its body. */
public final class RawResponse {
  private final String operation;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String traceId;

  RawResponse(String operation, int statusCode, Map<String, List<String>> headers, String traceId) {
    this.operation = operation;
    this.statusCode = statusCode;
    this.headers = headers;
    this.traceId = traceId;
  }

  /** @return the operationId of the call, such as {@code getTask} */
  public String operation() {
    return operation;
  }

  /** @return the HTTP status */
  public int statusCode() {
    return statusCode;
  }

  /** @return every header, by lower-case name */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * @param name a header name, in any case
   * @return its last value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /** @return the traceId of an error envelope, else a {@code traceId} header, else null */
  public String traceId() {
    return traceId;
  }

  @Override
  public String toString() {
    return "RawResponse{" + operation + " HTTP " + statusCode + ", traceId=" + traceId + "}";
  }
}
