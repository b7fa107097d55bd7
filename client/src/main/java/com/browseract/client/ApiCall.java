package com.browseract.client;

import com.browseract.client.errors.InvalidResponseException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * One operation described once for both its synchronous and asynchronous forms: which operation it is, how to
 * make the Retrofit call, what a usable answer must contain, and how the answer becomes what the caller gets.
 * Arguments are checked when the description is made, so bad input fails before anything is sent.
 *
 * @param <W> what the API answers (the wire model)
 * @param <T> what the caller receives
 */
final class ApiCall<W, T> {
  /** Says what is missing from a successful answer that the call cannot do without, or null when nothing is. */
  interface AnswerCheck<W> {
    String problem(W body);
  }

  final Operation operation;
  final Supplier<Call<W>> newCall;
  final AnswerCheck<W> check;
  final Function<W, T> read;
  /** How long a start refused by the plan's concurrency limit is tried again; zero for not at all. */
  final Duration slotPatience;
  /** False for a call made once: its caller (a wait) decides itself what a failure means. */
  final boolean retrying;
  /** False when a refusal by the plan's concurrency limit goes straight to the caller (a batch schedules itself). */
  final boolean retryingRefusals;
  /** When the caller (a wait) stops waiting, or null: no attempt may outlast it. */
  final Instant deadline;

  private ApiCall(Operation operation, Supplier<Call<W>> newCall, AnswerCheck<W> check, Function<W, T> read,
      Duration slotPatience, boolean retrying, boolean retryingRefusals, Instant deadline) {
    this.operation = operation;
    this.newCall = newCall;
    this.check = check;
    this.read = read;
    this.slotPatience = slotPatience;
    this.retrying = retrying;
    this.retryingRefusals = retryingRefusals;
    this.deadline = deadline;
  }

  /** A call whose answer is returned as it is; a success without a body is an {@link InvalidResponseException}. */
  static <W> ApiCall<W, W> of(Operation operation, Supplier<Call<W>> newCall) {
    return new ApiCall<>(operation, newCall, body -> body == null ? "the answer has no body" : null,
        Function.identity(), Duration.ZERO, true, true, null);
  }

  /** A call whose answer has no body (stop, resume). */
  static ApiCall<Void, Void> withoutAnswer(Operation operation, Supplier<Call<Void>> newCall) {
    return new ApiCall<>(operation, newCall, body -> null, Function.identity(), Duration.ZERO, true, true, null);
  }

  /** The same call, with the answer turned into what the caller receives. */
  <R> ApiCall<W, R> reading(Function<T, R> next) {
    return new ApiCall<>(operation, newCall, check, read.andThen(next), slotPatience, retrying, retryingRefusals,
        deadline);
  }

  /** The same call, failing with {@link InvalidResponseException} when {@code required} finds a problem. */
  ApiCall<W, T> requiring(AnswerCheck<W> required) {
    return new ApiCall<>(operation, newCall, required, read, slotPatience, retrying, retryingRefusals, deadline);
  }

  /** The same call, sent once: no retry of the client's. */
  ApiCall<W, T> once() {
    return new ApiCall<>(operation, newCall, check, read, slotPatience, false, retryingRefusals, deadline);
  }

  /** The same call, cut off at {@code until} (see {@link Transport}); null for no limit but the client's own. */
  ApiCall<W, T> until(Instant until) {
    return new ApiCall<>(operation, newCall, check, read, slotPatience, retrying, retryingRefusals, until);
  }

  /** The same call, started as {@code options} say: waiting for a slot, or handing refusals back at once. */
  ApiCall<W, T> startingAs(RunOptions options) {
    return new ApiCall<>(operation, newCall, check, read, options.slotPatience(), retrying,
        options.retriesRefusals(), deadline);
  }
}
