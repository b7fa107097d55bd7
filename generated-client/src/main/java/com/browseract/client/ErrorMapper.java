package com.browseract.client;

import com.browseract.client.model.ResponseData;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.time.Clock;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** The one place where HTTP statuses and I/O failures become SDK exceptions. */
final class ErrorMapper {
  static final int SNIPPET_LIMIT = 512;
  private static final long BODY_READ_LIMIT = 64 * 1024;
  private static final JsonAdapter<ResponseData> ENVELOPE = Json.MOSHI.adapter(ResponseData.class).lenient();

  private final Clock clock;

  ErrorMapper(Clock clock) {
    this.clock = clock;
  }

  /** Maps an HTTP error answer; the body is read (bounded) and closed. */
  ApiException fromResponse(Operation operation, int status, String retryAfterHeader, ResponseBody body) {
    String text = readBounded(body);
    ResponseData envelope = parseEnvelope(text);
    ErrorDetails details = new ErrorDetails(operation.operationId, status,
        envelope == null ? null : envelope.getCode(),
        envelope == null ? null : envelope.getMsg(),
        envelope == null ? null : envelope.getTraceId(),
        text.length() > SNIPPET_LIMIT ? text.substring(0, SNIPPET_LIMIT) : text);
    String hint = !operation.repeatable && status >= 500 ? maybeCreatedHint() : null;
    if (status == 401 || status == 403) {
      return new AuthenticationException(details, "Check the API key");
    }
    if (status == 400 || status == 404 || status == 422) {
      return new InvalidRequestException(details, null);
    }
    if (status == 429) {
      return new RateLimitException(details, null, RetryAfter.parse(retryAfterHeader, clock));
    }
    if (status >= 500) {
      return new ServerException(details, hint);
    }
    return new ApiException(details, null);
  }

  /**
   * Maps a failure without a usable answer: a body that could not be parsed, or an I/O failure, which becomes a
   * {@link ConnectionException} that knows whether the request had been sent.
   */
  BrowserActException fromIo(Operation operation, IOException e, boolean requestSent) {
    if (e instanceof ParseGuardConverterFactory.UnparseableBodyException) {
      return new BrowserActException(operation.operationId + " answered, but "
          + ErrorDetails.oneLine(String.valueOf(e.getMessage())), e);
    }
    String what = e instanceof java.net.SocketTimeoutException ? "timed out" : "failed";
    String message = operation.operationId + " " + what + " without an answer: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + ErrorDetails.oneLine(e.getMessage()) + ")")
        + (requestSent ? "" : "; the request was not sent");
    if (requestSent && !operation.repeatable) {
      message += ". " + maybeCreatedHint();
    }
    return new ConnectionException(operation.operationId, requestSent, message, e);
  }

  /** Anything else that went wrong while handling a call: a bug or a misbehaving dependency, kept as the cause. */
  static BrowserActException unexpected(Operation operation, Throwable t) {
    return new BrowserActException(operation.operationId + " failed: " + t, t);
  }

  private static String maybeCreatedHint() {
    return "The task may have been created anyway and was not started again; look for it with "
        + "tasks().list(...) filtered by workflow before running it once more";
  }

  private static String readBounded(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (ResponseBody closing = body) {
      BufferedSource source = closing.source();
      source.request(BODY_READ_LIMIT);
      long available = Math.min(source.getBuffer().size(), BODY_READ_LIMIT);
      return source.getBuffer().readUtf8(available);
    } catch (IOException e) {
      return "";
    }
  }

  private static ResponseData parseEnvelope(String text) {
    if (text.isBlank() || text.trim().charAt(0) != '{') {
      return null;
    }
    try {
      return ENVELOPE.fromJson(text);
    } catch (IOException | RuntimeException notAnEnvelope) {
      return null;
    }
  }
}
