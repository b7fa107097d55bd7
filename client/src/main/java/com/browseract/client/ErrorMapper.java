package com.browseract.client;

import java.io.IOException;
import java.time.Clock;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The one place where HTTP statuses, BrowserAct's business codes and I/O failures become SDK exceptions.
 *
 * <p>A known business code decides before the status does: the real API's statuses for its envelopes were never
 * recorded, and the same envelope may even come with HTTP 200 ({@link SuccessEnvelopeCheck}).
 */
final class ErrorMapper {
  static final int SNIPPET_LIMIT = 512;
  static final int INVALID_AUTHORIZATION = 401;
  private static final long BODY_READ_LIMIT = 64 * 1024;

  private final Clock clock;

  ErrorMapper(Clock clock) {
    this.clock = clock;
  }

  /** Maps an HTTP error answer; the body is read (bounded) and closed. */
  ApiException fromResponse(Operation operation, int status, String retryAfterHeader, ResponseBody body) {
    return fromBody(operation, status, retryAfterHeader, readBounded(body));
  }

  private ApiException fromBody(Operation operation, int status, String retryAfterHeader, String text) {
    ErrorEnvelope envelope = ErrorEnvelope.parse(text);
    ErrorDetails details = new ErrorDetails(operation.operationId, status,
        envelope == null ? null : envelope.code,
        envelope == null ? null : envelope.msg,
        envelope == null ? null : envelope.traceId,
        text.length() > SNIPPET_LIMIT ? text.substring(0, SNIPPET_LIMIT) : text,
        RetryAfter.parse(retryAfterHeader, clock));
    Integer code = details.code;
    if (status == 401 || (code != null && code == INVALID_AUTHORIZATION)) {
      return new AuthenticationException(details, "Check the API key");
    }
    if (status == 403) {
      return new PermissionDeniedException(details, "The API key may not do this: check the account's plan");
    }
    if (code != null && code == NotFoundException.TASK_NOT_FOUND) {
      return new NotFoundException(details, "No task has this id");
    }
    if (code != null && code == ConcurrencyLimitException.RUNNING_TASKS_EXCEEDED) {
      return new ConcurrencyLimitException(details, "The plan's limit of tasks running at once is reached (1 on the"
          + " free plan, 20 on paid plans); no task was created, so starting it again later is safe");
    }
    if (code != null && code == InvalidRequestException.TASK_NOT_PAUSED) {
      return new InvalidRequestException(details, "The task is not paused: only a paused task can be resumed");
    }
    if (status == 404) {
      return new NotFoundException(details, null);
    }
    if (status == 429) {
      return new RateLimitException(details, null);
    }
    if (status >= 500) {
      return new ServerException(details, !operation.repeatable ? maybeCreatedHint() : null);
    }
    if (status == 400 || status == 422) {
      return new InvalidRequestException(details, null);
    }
    return new ApiException(details, null);
  }

  /**
   * Maps a failure without a usable answer: an error envelope inside a 2xx, a body that could not be parsed, or
   * an I/O failure, which becomes a {@link ConnectionException} that knows whether the request had been sent.
   */
  BrowserActException fromIo(Operation operation, IOException e, boolean requestSent) {
    if (e instanceof SuccessEnvelopeCheck.EnvelopeInSuccessException) {
      SuccessEnvelopeCheck.EnvelopeInSuccessException inSuccess = (SuccessEnvelopeCheck.EnvelopeInSuccessException) e;
      return fromBody(operation, inSuccess.statusCode, null, inSuccess.body);
    }
    if (e instanceof ParseGuardConverterFactory.UnparseableBodyException) {
      ParseGuardConverterFactory.UnparseableBodyException unreadable = (ParseGuardConverterFactory.UnparseableBodyException) e;
      return unusable(operation, ParseGuardConverterFactory.SUCCESS_STATUS, unreadable.getMessage(), unreadable.head,
          e);
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

  /** A 2xx answer that lacks what the call must return, or could not be read at all. */
  static InvalidResponseException unusable(Operation operation, int status, String problem, String bodySnippet,
      Throwable cause) {
    ErrorEnvelope envelope = ErrorEnvelope.parse(bodySnippet);
    ErrorDetails details = new ErrorDetails(operation.operationId, status, null, problem,
        envelope == null ? null : envelope.traceId, bodySnippet);
    return new InvalidResponseException(details, operation.repeatable ? null : maybeCreatedHint(), cause);
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
}
