package com.browseract.client;

import static com.browseract.client.errors.ErrorKind.BROKEN_CONTRACT;
import static com.browseract.client.errors.ErrorKind.FIX_ACCOUNT;
import static com.browseract.client.errors.ErrorKind.FIX_REQUEST;
import static com.browseract.client.errors.ErrorKind.FIX_TARGET;
import static com.browseract.client.errors.ErrorKind.OTHER;
import static com.browseract.client.errors.ErrorKind.REFUSED;
import static com.browseract.client.errors.ErrorKind.TASK_MAY_EXIST;
import static com.browseract.client.errors.ErrorKind.TRANSIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.AuthenticationException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.BusinessCode;
import com.browseract.client.errors.ConcurrencyLimitException;
import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.PermissionDeniedException;
import com.browseract.client.errors.RateLimitException;
import com.browseract.client.errors.ServerException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status, business code and transport failure the SDK knows, classified once: its exception type and its
 * {@link ErrorKind}; and for each, the client's retries and a wait decide alike (go on, or stop).
 */
class ErrorClassificationTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Operation READ = Operation.GET_TASK;
  private static final Operation START = Operation.RUN_TASK;

  /** One case: how the failure arises, what it must become, and whether retries and waits go on after it. */
  static final class Case {
    final String name;
    final Function<ErrorMapper, BrowserActException> arise;
    final ErrorKind kind;
    final Class<?> type;
    final boolean goesOn;
    final Integer code;

    Case(String name, Function<ErrorMapper, BrowserActException> arise, ErrorKind kind, Class<?> type, boolean goesOn,
        Integer code) {
      this.name = name;
      this.arise = arise;
      this.kind = kind;
      this.type = type;
      this.goesOn = goesOn;
      this.code = code;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Case answer(Operation operation, int status, Integer code, ErrorKind kind, Class<?> type,
      boolean goesOn) {
    String body = code == null ? "" : "{\"code\":" + code + ",\"msg\":\"m\",\"data\":null,\"traceId\":\"tr\"}";
    String name = operation.operationId + " HTTP " + status + (code == null ? "" : " code " + code);
    return new Case(name, mapper -> status / 100 == 2
        ? mapper.fromIo(operation, new SuccessEnvelopeCheck.EnvelopeInSuccessException(status,
            ErrorEnvelope.parse(body), body), true)
        : mapper.fromResponse(operation, status, null, ResponseBody.create(body, JSON)), kind, type, goesOn, code);
  }

  private static Case io(Operation operation, boolean sent, IOException e, ErrorKind kind, boolean goesOn) {
    return new Case(operation.operationId + " " + e.getClass().getSimpleName() + (sent ? " after sending" : ""),
        mapper -> mapper.fromIo(operation, e, sent), kind, ConnectionException.class, goesOn, null);
  }

  static List<Case> table() {
    return List.of(
        answer(READ, 401, 401, FIX_ACCOUNT, AuthenticationException.class, false),
        answer(READ, 200, 401, FIX_ACCOUNT, AuthenticationException.class, false),
        answer(READ, 401, null, FIX_ACCOUNT, AuthenticationException.class, false),
        answer(READ, 403, 403, FIX_ACCOUNT, PermissionDeniedException.class, false),
        answer(READ, 400, 99002, FIX_ACCOUNT, PermissionDeniedException.class, false),
        answer(READ, 404, null, FIX_TARGET, NotFoundException.class, false),
        answer(READ, 400, 10112, FIX_TARGET, NotFoundException.class, false),
        answer(READ, 200, 10112, FIX_TARGET, NotFoundException.class, false),
        answer(READ, 500, 10112, FIX_TARGET, NotFoundException.class, false),
        answer(START, 400, 10111, FIX_TARGET, NotFoundException.class, false),
        answer(Operation.RUN_TEMPLATE_TASK, 400, 10176, FIX_TARGET, NotFoundException.class, false),
        answer(START, 400, 10020, FIX_TARGET, InvalidRequestException.class, false),
        answer(START, 500, 10021, FIX_TARGET, InvalidRequestException.class, false),
        answer(START, 400, 10118, REFUSED, ConcurrencyLimitException.class, true),
        answer(START, 200, 10118, REFUSED, ConcurrencyLimitException.class, true),
        answer(START, 429, null, REFUSED, RateLimitException.class, true),
        answer(READ, 429, 429, REFUSED, RateLimitException.class, true),
        answer(Operation.STOP_TASK, 400, 10121, FIX_REQUEST, InvalidRequestException.class, false),
        answer(Operation.RESUME_TASK, 200, 10127, FIX_REQUEST, InvalidRequestException.class, false),
        answer(START, 400, 99001, FIX_REQUEST, InvalidRequestException.class, false),
        answer(START, 400, 10013, FIX_REQUEST, InvalidRequestException.class, false),
        answer(START, 400, 10142, FIX_REQUEST, InvalidRequestException.class, false),
        answer(START, 500, 10143, FIX_REQUEST, InvalidRequestException.class, false),
        answer(Operation.RESUME_TASK, 400, 10879, FIX_REQUEST, InvalidRequestException.class, false),
        answer(READ, 400, null, FIX_REQUEST, InvalidRequestException.class, false),
        answer(READ, 422, null, FIX_REQUEST, InvalidRequestException.class, false),
        answer(READ, 400, 10999, FIX_REQUEST, InvalidRequestException.class, false),
        answer(READ, 418, null, FIX_REQUEST, ApiException.class, false),
        answer(READ, 200, 10998, FIX_REQUEST, ApiException.class, false),
        answer(READ, 500, null, TRANSIENT, ServerException.class, true),
        answer(READ, 501, null, TRANSIENT, ServerException.class, true),
        answer(READ, 502, null, TRANSIENT, ServerException.class, true),
        answer(Operation.STOP_TASK, 503, 503, TRANSIENT, ServerException.class, true),
        answer(Operation.PAGE_TASKS, 504, null, TRANSIENT, ServerException.class, true),
        answer(READ, 408, null, TRANSIENT, ServerException.class, true),
        answer(START, 500, null, TASK_MAY_EXIST, ServerException.class, false),
        answer(Operation.RUN_TEMPLATE_TASK, 503, 503, TASK_MAY_EXIST, ServerException.class, false),
        answer(START, 408, null, TASK_MAY_EXIST, ServerException.class, false),
        answer(START, 502, 10999, TASK_MAY_EXIST, ServerException.class, false),
        answer(READ, 302, null, BROKEN_CONTRACT, ApiException.class, true),
        answer(START, 307, null, TASK_MAY_EXIST, ApiException.class, false),
        answer(START, 300, null, TASK_MAY_EXIST, ApiException.class, false),
        new Case("getTask unreadable 200", mapper -> mapper.fromIo(READ,
            new ParseGuardConverterFactory.UnparseableBodyException(String.class, "{\"id\":\"t1\",\"sta",
                new java.io.EOFException()), true), BROKEN_CONTRACT, InvalidResponseException.class, true, null),
        new Case("getTaskStatus 200 without a body", mapper -> ErrorMapper.unusable(Operation.GET_TASK_STATUS, 200,
            "the answer has no body", "", null), BROKEN_CONTRACT, InvalidResponseException.class, true, null),
        new Case("runTask 200 without a task id", mapper -> ErrorMapper.unusable(START, 200,
            "the answer carries no task id", "{}", null), TASK_MAY_EXIST, InvalidResponseException.class, false,
            null),
        io(START, false, new ConnectException("refused"), TRANSIENT, true),
        io(START, true, new SocketTimeoutException("read timed out"), TASK_MAY_EXIST, false),
        io(READ, true, new SocketTimeoutException("read timed out"), TRANSIENT, true),
        io(READ, false, new java.net.UnknownHostException("api.example"), TRANSIENT, true),
        new Case("getTask crashed in an interceptor", mapper -> ErrorMapper.unexpected(READ,
            new IllegalStateException("bug")), OTHER, BrowserActException.class, false, null));
  }

  private final FakeTime time = new FakeTime();
  private final ErrorMapper mapper = new ErrorMapper(time);

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void eachCaseHasOneTypeAndKindAndRetriesAndWaitsAgree(Case c) {
    BrowserActException e = c.arise.apply(mapper);

    assertThat(e).isExactlyInstanceOf(c.type);
    assertThat(e.kind()).isEqualTo(c.kind);
    assertThat(e.kind().mayHeal()).as("may heal").isEqualTo(c.goesOn);
    assertThat(RetryPolicy.isRetryable(e, 0)).as("retried").isEqualTo(c.goesOn);
    WaitProgress wait = new WaitProgress("t1", WaitOptions.builder().timeout(Duration.ofMinutes(5)).build(), time);
    Throwable ended = catchThrowable(() -> wait.afterFailure(e));
    assertThat(ended).as("the wait ends with the failure itself").isSameAs(c.goesOn ? null : e);
  }

  @Test
  void theTableCoversEveryBusinessCode() {
    Set<Integer> covered = table().stream().map(c -> c.code).filter(code -> code != null)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> known = Stream.of(BusinessCode.values()).map(BusinessCode::code)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(known).hasSize(15);
    assertThat(covered).containsAll(known);
  }

  @Test
  void aKnownCodeBecomesItsRowsExceptionWithItsHint() {
    BrowserActException e = answer(START, 400, 10142, FIX_REQUEST, InvalidRequestException.class, false).arise
        .apply(mapper);

    assertThat(e.getMessage()).isEqualTo("runTask failed: HTTP 400, code 10142, m (traceId tr). "
        + BusinessCode.BOT_INPUT_MISSING.hint());
    assertThat(BusinessCode.BOT_INPUT_MISSING.matches(e)).isTrue();
    assertThat(BusinessCode.TASK_NOT_FOUND.matches(e)).isFalse();
  }

  @Test
  void oneUnreadableAnswerIsTriedAgainButNotASecond() {
    BrowserActException unreadable = table().stream().filter(c -> c.name.equals("getTask unreadable 200"))
        .findFirst().orElseThrow().arise.apply(mapper);

    assertThat(RetryPolicy.isRetryable(unreadable, 0)).isTrue();
    assertThat(RetryPolicy.isRetryable(unreadable, 1)).isFalse();
  }
}
