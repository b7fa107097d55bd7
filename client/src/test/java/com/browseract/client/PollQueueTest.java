package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.ConnectionException;
import com.browseract.client.errors.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PollQueueTest {
  /** Requests as they are handed on, each answered only when the test says so. */
  private final List<String> sent = new ArrayList<>();
  private final List<CompletableFuture<String>> answers = new ArrayList<>();

  private Supplier<CompletableFuture<String>> request(String name) {
    return () -> {
      sent.add(name);
      CompletableFuture<String> answer = new CompletableFuture<>();
      answers.add(answer);
      return answer;
    };
  }

  @Test
  void handsOnNoMoreThanTheLimitAndTheNextWhenOneIsAnswered() throws Exception {
    PollQueue queue = new PollQueue(2);
    CompletableFuture<String> first = queue.poll(request("a"));
    queue.poll(request("b"));
    queue.poll(request("c"));

    assertThat(sent).containsExactly("a", "b");
    answers.get(0).complete("A");

    assertThat(first.get()).isEqualTo("A");
    assertThat(sent).containsExactly("a", "b", "c");
    assertThat(queue.running()).isEqualTo(2);
  }

  @Test
  void readsOfEndedTasksGoBeforeEveryPollStillWaitingInTheOrderAskedFor() {
    PollQueue queue = new PollQueue(1);
    queue.poll(request("poll-1")).thenRun(() -> queue.read(request("read-asked-on-answer")));
    queue.poll(request("poll-2"));
    queue.read(request("read-asked-earlier"));

    answers.get(0).complete("finished");
    assertThat(sent).containsExactly("poll-1", "read-asked-earlier");
    answers.get(1).complete("task");
    answers.get(2).complete("task");

    assertThat(sent).containsExactly("poll-1", "read-asked-earlier", "read-asked-on-answer", "poll-2");
  }

  @Test
  void aPollCancelledWhileItWaitsIsNeverSentAndPassesItsTurnOn() {
    PollQueue queue = new PollQueue(1);
    queue.poll(request("a"));
    CompletableFuture<String> cancelled = queue.poll(request("b"));
    queue.poll(request("c"));

    cancelled.cancel(false);
    answers.get(0).complete("A");

    assertThat(sent).containsExactly("a", "c");
    assertThat(queue.running()).isEqualTo(1);
  }

  @Test
  void cancellingASentPollCancelsItsRequestAndFreesTheSlot() {
    PollQueue queue = new PollQueue(1);
    CompletableFuture<String> poll = queue.poll(request("a"));
    queue.poll(request("b"));

    poll.cancel(false);

    assertThat(answers.get(0)).isCancelled();
    assertThat(sent).containsExactly("a", "b");
  }

  @Test
  void aFailedRequestFailsItsPollWithTheSameErrorAndFreesTheSlot() {
    PollQueue queue = new PollQueue(1);
    CompletableFuture<String> poll = queue.poll(request("a"));
    queue.poll(request("b"));
    ConnectionException refused = new ConnectionException("getTaskStatus", false, ErrorKind.TRANSIENT, null,
        new java.net.ConnectException("refused"));

    answers.get(0).completeExceptionally(refused);

    assertThatThrownBy(poll::get).isInstanceOf(ExecutionException.class).hasCause(refused);
    assertThat(sent).containsExactly("a", "b");
  }

  @Test
  void aRequestThatCannotStartFailsItsPollAndFreesTheSlot() {
    PollQueue queue = new PollQueue(1);
    IllegalStateException closed = new IllegalStateException("this BrowserAct client is closed");

    CompletableFuture<String> poll = queue.poll(() -> {
      throw closed;
    });
    queue.poll(request("b"));

    assertThatThrownBy(poll::get).hasCause(closed);
    assertThat(sent).containsExactly("b");
  }

  @Test
  void manyRequestsAnsweredAtOnceRunOneAfterAnotherWithoutDeepeningTheStack() {
    PollQueue queue = new PollQueue(1);
    queue.poll(request("held"));
    int[] answered = new int[1];
    for (int i = 0; i < 100_000; i++) {
      queue.poll(() -> CompletableFuture.completedFuture("at once")).thenRun(() -> answered[0]++);
    }

    answers.get(0).complete("done");

    assertThat(answered[0]).isEqualTo(100_000);
    assertThat(queue.running()).isZero();
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> new PollQueue(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1, was 0");
  }
}
