package com.browseract.client;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.BusinessCode;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.ErrorDetails;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.RateLimitException;
import com.browseract.client.errors.ServerException;
import java.io.IOException;
import java.time.Clock;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The one place where HTTP statuses, BrowserAct's business codes and I/O failures become SDK exceptions, each with
 * its {@link ErrorKind}.
 *
 * <p>A known business code ({@link BusinessCode}) decides before the status does: the real API's statuses for its
 * envelopes were never recorded, and the same envelope may even come with HTTP 200 ({@link SuccessEnvelopeCheck}).
 * Otherwise the status decides, and for a call that starts a task, anything that may have reached the server
 * without a usable answer is {@link ErrorKind#TASK_MAY_EXIST}.
 */
final class ErrorMapper {
  static final int SNIPPET_LIMIT = 512;
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
    ErrorDetails details = ErrorDetails.builder(operation.operationId, status)
        .code(envelope == null ? null : envelope.code)
        .msg(envelope == null ? null : envelope.msg)
        .traceId(envelope == null ? null : envelope.traceId)
        .bodySnippet(text.length() > SNIPPET_LIMIT ? text.substring(0, SNIPPET_LIMIT) : text)
        .retryAfter(RetryAfter.parse(retryAfterHeader, clock))
        .build();
    return classify(operation, details);
  }

  /** The exception, and so the kind, of an answer: by its known code, else by its status. */
  static ApiException classify(Operation operation, ErrorDetails details) {
    BusinessCode known = BusinessCode.forAnswer(details.code(), details.statusCode()).orElse(null);
    if (known != null) {
      return known.exception(details);
    }
    int status = details.statusCode();
    if (status == 404) {
      return new NotFoundException(details, ErrorKind.FIX_TARGET);
    }
    if (status == 429) {
      return new RateLimitException(details, ErrorKind.REFUSED);
    }
    if (status >= 500 || status == 408) {
      return operation.repeatable ? new ServerException(details, ErrorKind.TRANSIENT)
          : new ServerException(details, ErrorKind.TASK_MAY_EXIST, maybeCreatedHint(), null);
    }
    if (status == 400 || status == 422) {
      return new InvalidRequestException(details, ErrorKind.FIX_REQUEST);
    }
    // Another 4xx, or an error envelope with an unknown code inside a 2xx: the API said no to this request.
    boolean refusal = status >= 400 || (status >= 200 && status < 300 && details.code() != null);
    if (refusal) {
      return new ApiException(details, ErrorKind.FIX_REQUEST);
    }
    // Anything else (1xx, 3xx: redirects are not followed) is not how the API answers; a server received the
    // request, so a start's task may exist all the same.
    return operation.repeatable ? new ApiException(details, ErrorKind.BROKEN_CONTRACT)
        : new ApiException(details, ErrorKind.TASK_MAY_EXIST, maybeCreatedHint(), null);
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
    boolean mayExist = requestSent && !operation.repeatable;
    return new ConnectionException(operation.operationId, requestSent,
        mayExist ? ErrorKind.TASK_MAY_EXIST : ErrorKind.TRANSIENT, mayExist ? maybeCreatedHint() : null, e);
  }

  /** A 2xx answer that lacks what the call must return, or could not be read at all. */
  static InvalidResponseException unusable(Operation operation, int status, String problem, String bodySnippet,
      Throwable cause) {
    ErrorEnvelope envelope = ErrorEnvelope.parse(bodySnippet);
    ErrorDetails details = ErrorDetails.builder(operation.operationId, status).msg(problem)
        .traceId(envelope == null ? null : envelope.traceId).bodySnippet(bodySnippet).build();
    return operation.repeatable ? new InvalidResponseException(details, ErrorKind.BROKEN_CONTRACT, null, cause)
        : new InvalidResponseException(details, ErrorKind.TASK_MAY_EXIST, maybeCreatedHint(), cause);
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
