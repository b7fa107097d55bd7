package com.browseract.client;

/** What is known about one failed HTTP exchange; the fields every {@link ApiException} reports. */
final class ErrorDetails {
  final String operation;
  final int statusCode;
  final Integer code;
  final String msg;
  final String traceId;
  final String bodySnippet;
  final java.time.Duration retryAfter;

  ErrorDetails(String operation, int statusCode, Integer code, String msg, String traceId, String bodySnippet) {
    this(operation, statusCode, code, msg, traceId, bodySnippet, null);
  }

  ErrorDetails(String operation, int statusCode, Integer code, String msg, String traceId, String bodySnippet,
      java.time.Duration retryAfter) {
    this.operation = operation;
    this.statusCode = statusCode;
    this.code = code;
    this.msg = msg;
    this.traceId = traceId;
    this.bodySnippet = bodySnippet == null ? "" : bodySnippet;
    this.retryAfter = retryAfter;
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
}
