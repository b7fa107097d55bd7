package com.browseract.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Invocation;

/**
 * Logs each API request and its answer in one line each, as {@link LogLevel} says. Installed innermost among the
 * application interceptors, it sees the request as sent (the view's extra query parameters included) and the answer
 * as received. No header is logged, and the API key is blotted out wherever it appears (a query parameter, a body
 * the API echoes).
 */
final class HttpLog implements Interceptor {
  static final String LOGGER = "com.browseract.client.http";
  static final int MAX_BODY_CHARS = 4096;
  private static final long PEEK_LIMIT = 64 * 1024;
  private static final String BLOT = "██";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private final LogLevel level;
  private final String apiKey;
  private final SendTracker tracker;
  private final Consumer<String> sink;

  HttpLog(LogLevel level, String apiKey, SendTracker tracker, Consumer<String> sink) {
    this.level = level;
    this.apiKey = apiKey;
    this.tracker = tracker;
    this.sink = sink != null ? sink : LOG::info;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String operation = operationOf(request);
    String target = request.method() + " " + redact(pathAndQuery(request.url()));
    String attempt = " (attempt " + tracker.attempt(chain.call().request()) + ")";
    sink.accept("--> " + operation + " " + target + attempt + requestBody(request));
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      sink.accept("<-- " + operation + " " + request.method() + " " + redact(request.url().encodedPath())
          + " failed after " + millisSince(start) + " ms" + attempt + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + redact(e.getMessage())));
      throw e;
    }
    String peeked = response.peekBody(PEEK_LIMIT).string();
    ErrorEnvelope envelope = ErrorEnvelope.parse(peeked);
    String traceId = envelope != null && envelope.traceId != null ? envelope.traceId : response.header("traceId");
    sink.accept("<-- " + operation + " " + request.method() + " " + redact(request.url().encodedPath()) + " "
        + response.code() + " in " + millisSince(start) + " ms" + attempt
        + (traceId == null ? "" : " traceId=" + redact(traceId))
        + (level == LogLevel.DEBUG ? body(response.body() == null ? null : response.body().contentType(), peeked)
            : ""));
    return response;
  }

  private String requestBody(Request request) throws IOException {
    RequestBody body = request.body();
    if (level != LogLevel.DEBUG || body == null || body.isOneShot() || body.isDuplex()) {
      return "";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return body(body.contentType(), buffer.readString(StandardCharsets.UTF_8));
  }

  /** The body, blotted and cut, when it is text; else its size. */
  private String body(MediaType type, String text) {
    boolean textual = type == null || "json".equals(type.subtype()) || "text".equals(type.type());
    if (!textual) {
      return " body: (" + type + ")";
    }
    String clean = redact(text).replace('\n', ' ').replace('\r', ' ');
    return clean.length() <= MAX_BODY_CHARS ? " body: " + clean
        : " body: " + clean.substring(0, MAX_BODY_CHARS) + "… (" + (clean.length() - MAX_BODY_CHARS) + " more)";
  }

  private String redact(String text) {
    return apiKey == null || apiKey.isEmpty() ? text : text.replace(apiKey, BLOT);
  }

  private static String pathAndQuery(HttpUrl url) {
    return url.encodedQuery() == null ? url.encodedPath() : url.encodedPath() + "?" + url.encodedQuery();
  }

  private static String operationOf(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation == null ? "request" : invocation.method().getName();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
