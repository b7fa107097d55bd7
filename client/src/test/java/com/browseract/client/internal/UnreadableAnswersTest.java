package com.browseract.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.errors.ErrorDetails;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.ServerException;
import org.junit.jupiter.api.Test;

class UnreadableAnswersTest {
  private final UnreadableAnswers answers = new UnreadableAnswers();

  private static InvalidResponseException unreadable(String operation) {
    return new InvalidResponseException(ErrorDetails.builder(operation, 200).bodySnippet("{\"id\":").build(),
        ErrorKind.BROKEN_CONTRACT);
  }

  @Test
  void threeInARowFromOneCallWhileAnotherAnswersBreakTheContract() {
    assertThat(answers.brokenBy(unreadable("getTask"))).isFalse();
    answers.answered("getTaskStatus");
    assertThat(answers.brokenBy(unreadable("getTask"))).isFalse();
    answers.answered("getTaskStatus");
    assertThat(answers.brokenBy(unreadable("getTask"))).isTrue();
    assertThat(answers.inARow()).isEqualTo(3);
  }

  @Test
  void nothingAnsweredReadablyIsAnOutageNotABrokenContract() {
    for (int i = 0; i < 5; i++) {
      assertThat(answers.brokenBy(unreadable("getTaskStatus"))).as("answer %s", i + 1).isFalse();
    }
    assertThat(answers.inARow()).isEqualTo(5);
  }

  @Test
  void aReadableAnswerOfTheSameCallStartsTheCountAgain() {
    answers.brokenBy(unreadable("getTask"));
    answers.answered("getTaskStatus");
    answers.brokenBy(unreadable("getTask"));
    answers.answered("getTask");
    answers.brokenBy(unreadable("getTask"));
    answers.answered("getTaskStatus");

    assertThat(answers.brokenBy(unreadable("getTask"))).isFalse();
    assertThat(answers.inARow()).isEqualTo(2);
  }

  @Test
  void otherFailuresAreNotCounted() {
    ServerException busy = new ServerException(ErrorDetails.builder("getTask", 503).build(), ErrorKind.TRANSIENT);
    answers.answered("getTaskStatus");

    assertThat(answers.brokenBy(busy)).isFalse();
    assertThat(answers.inARow()).isZero();
  }
}
