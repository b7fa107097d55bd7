package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.ErrorDetails;
import com.browseract.client.errors.ErrorKind;
import com.browseract.client.errors.ServerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a failing episode of a wait ends: what the listener hears, and what the failure tolerance counts. */
class WaitProgressTest {
  private final FakeTime time = new FakeTime();
  private final List<String> heard = new ArrayList<>();
  private final TaskListener listener = new TaskListener() {
    @Override
    public void onPollFailed(String taskId, BrowserActException error, java.time.Instant failingSince) {
      heard.add("failed " + error.getMessage().split(" ")[0]);
    }

    @Override
    public void onPollRecovered(String taskId, Duration downtime) {
      heard.add("back after " + downtime.toSeconds() + " s");
    }
  };
  private final WaitProgress progress = new WaitProgress("t1", WaitOptions.builder().timeout(Duration.ofHours(6))
      .failureTolerance(Duration.ofMinutes(5)).listener(listener).build(), time);

  private static ServerException failed(Operation operation, int status) {
    return new ServerException(ErrorDetails.builder(operation.operationId, status).msg("busy").build(),
        ErrorKind.TRANSIENT);
  }

  @Test
  void aFailedReadThatIsNotMadeAgainEndsOnceOtherCallsAreAnswered() {
    progress.afterFailure(failed(Operation.GET_TASK, 500)); // a read a callback asked for, once
    for (int i = 1; i <= 4; i++) {
      progress.answered(Operation.GET_TASK_STATUS);
    }
    assertThat(heard).as("four answers of another call are not enough").containsExactly("failed getTask");
    progress.answered(Operation.GET_TASK_STATUS);
    time.sleep(Duration.ofHours(2));

    progress.afterFailure(failed(Operation.GET_TASK_STATUS, 503)); // hours later: a new episode, not 2 h of failing

    assertThat(heard).containsExactly("failed getTask", "back after 0 s", "failed getTaskStatus");
  }

  @Test
  void aCallThatKeepsFailingIsNotBackBecauseAnotherOneAnswersBetween() {
    for (int i = 0; i < 3; i++) {
      progress.answered(Operation.GET_TASK_STATUS);
      progress.afterFailure(failed(Operation.GET_TASK, 500));
      time.sleep(Duration.ofSeconds(10));
    }
    progress.answered(Operation.GET_TASK);

    assertThat(heard).containsExactly("failed getTask", "failed getTask", "failed getTask", "back after 30 s");
  }
}
