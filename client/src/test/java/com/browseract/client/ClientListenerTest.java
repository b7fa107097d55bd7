package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.TaskFailedException;
import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.errors.WaitTimeoutException;
import com.browseract.client.model.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientListenerTest extends MockApiTest {
  final List<String> heard = new CopyOnWriteArrayList<>();
  final List<CallAttempt> attempts = new CopyOnWriteArrayList<>();
  final List<WaitSummary> waits = new CopyOnWriteArrayList<>();
  final CountDownLatch waitEnded = new CountDownLatch(1);

  /** Writes down everything it hears, one line an event. */
  final ClientListener recorder = new ClientListener() {
    @Override
    public CallListener onCallStart(String operation) {
      heard.add("start " + operation);
      return new CallListener() {
        @Override
        public void onAttempt(CallAttempt attempt) {
          attempts.add(attempt);
          heard.add("attempt " + attempt.number() + " HTTP " + attempt.statusCode());
        }

        @Override
        public void onRetryWait(Duration wait, BrowserActException cause) {
          heard.add("retry after " + wait.toMillis() + " ms");
        }

        @Override
        public void onEnd(int count, Duration duration, Throwable failure) {
          heard.add("end " + operation + " after " + count + " attempts, " + duration.toMillis() + " ms, "
              + (failure == null ? "ok" : failure.getClass().getSimpleName()));
        }
      };
    }

    @Override
    public TaskListener onWaitStart(String taskId) {
      heard.add("wait " + taskId);
      return new TaskListener() {
        @Override
        public void onWaitEnd(WaitSummary summary) {
          waits.add(summary);
          waitEnded.countDown();
        }
      };
    }
  };

  /** Throws from every method: the calls must not notice. */
  final ClientListener broken = new ClientListener() {
    @Override
    public CallListener onCallStart(String operation) {
      return new CallListener() {
        @Override
        public void onAttempt(CallAttempt attempt) {
          throw new IllegalStateException("broken onAttempt");
        }

        @Override
        public void onEnd(int count, Duration duration, Throwable failure) {
          throw new IllegalStateException("broken onEnd");
        }
      };
    }

    @Override
    public TaskListener onWaitStart(String taskId) {
      throw new IllegalStateException("broken onWaitStart");
    }
  };

  @BeforeEach
  void hook() {
    client.close();
    client = clientBuilder().addListener(broken).addListener(recorder).build();
  }

  @Test
  void aRetriedCallIsHeardAttemptByAttemptWithItsRetryWait() {
    server.enqueue(error(503, 503, "busy", "trace-1").setHeader("Retry-After", "2"));
    server.enqueue(status("running").setHeader("traceId", "trace-2"));

    assertThat(client.tasks().status("task_1")).isEqualTo(TaskStatus.RUNNING);

    assertThat(heard).containsExactly("start getTaskStatus", "attempt 1 HTTP 503", "retry after 2000 ms",
        "attempt 2 HTTP 200", "end getTaskStatus after 2 attempts, 2000 ms, ok");
    assertThat(attempts.get(0).businessCode()).contains(503);
    assertThat(attempts.get(0).traceId()).contains("trace-1");
    assertThat(attempts.get(0).failure()).isPresent();
    assertThat(attempts.get(1).traceId()).contains("trace-2");
    assertThat(attempts.get(1).businessCode()).isEmpty();
    assertThat(attempts.get(1).failure()).isEmpty();
  }

  @Test
  void aFailedCallIsHeardWithItsBusinessCodeAndException() {
    server.enqueue(error(200, 10112, "Task is not exist.", "trace-404"));

    assertThatThrownBy(() -> client.tasks().get("task_1")).isInstanceOf(NotFoundException.class);

    assertThat(heard).containsExactly("start getTask", "attempt 1 HTTP 200",
        "end getTask after 1 attempts, 0 ms, NotFoundException");
    assertThat(attempts.get(0).businessCode()).contains(10112);
    assertThat(attempts.get(0).traceId()).contains("trace-404");
    assertThat(attempts.get(0).operation()).isEqualTo("getTask");
  }

  @Test
  void anAsynchronousCallIsHeardToItsEnd() {
    server.enqueue(error(500, 500, "boom", "t1"));
    server.enqueue(status("finished"));

    assertThat(client.tasks().statusAsync("task_1").join()).isEqualTo(TaskStatus.FINISHED);

    assertThat(heard).containsExactly("start getTaskStatus", "attempt 1 HTTP 500", "retry after 250 ms",
        "attempt 2 HTTP 200", "end getTaskStatus after 2 attempts, 0 ms, ok");
  }

  @Test
  void aWaitIsHeardWithItsOutcomeDurationAndPolls() {
    server.enqueue(status("running"));
    server.enqueue(status("running"));
    server.enqueue(status("finished"));
    server.enqueue(task("task_1", "finished"));

    client.tasks().waitFor("task_1", WaitOptions.builder().timeout(Duration.ofMinutes(1)).build());

    assertThat(waits).hasSize(1);
    WaitSummary summary = waits.get(0);
    assertThat(summary.taskId()).isEqualTo("task_1");
    assertThat(summary.outcome()).isEqualTo(WaitSummary.Outcome.FINISHED);
    assertThat(summary.lastStatus()).contains(TaskStatus.FINISHED);
    assertThat(summary.polls()).isEqualTo(4);
    assertThat(summary.duration()).isEqualTo(Duration.ofMillis(2500)); // polls 1 s, then 1.5 s apart
    assertThat(heard).startsWith("wait task_1", "start getTaskStatus");
  }

  @Test
  void aV3RunWaitIsHeardAsATaskWaitIs() {
    server.enqueue(RunsTest.runStatus("running"));
    server.enqueue(RunsTest.runStatus("failed"));
    server.enqueue(RunsTest.run("r1", "failed"));

    assertThatThrownBy(() -> client.runs().waitFor("r1", WaitOptions.builder().timeout(Duration.ofMinutes(1)).build()))
        .isInstanceOf(TaskFailedException.class);

    assertThat(waits).hasSize(1);
    WaitSummary summary = waits.get(0);
    assertThat(summary.taskId()).isEqualTo("r1");
    assertThat(summary.outcome()).isEqualTo(WaitSummary.Outcome.FAILED);
    assertThat(summary.lastStatus()).contains(TaskStatus.FAILED);
    assertThat(summary.polls()).isEqualTo(3);
    assertThat(heard).startsWith("wait r1", "start queryRunStatus");
  }

  @Test
  void aWaitThatTimesOutIsHeardAsTimedOut() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(status("running"));
    }

    assertThatThrownBy(() -> client.tasks().waitFor("task_1",
        WaitOptions.builder().timeout(Duration.ofSeconds(3)).build())).isInstanceOf(WaitTimeoutException.class);

    assertThat(waits).singleElement().satisfies(summary -> {
      assertThat(summary.outcome()).isEqualTo(WaitSummary.Outcome.TIMED_OUT);
      assertThat(summary.lastStatus()).contains(TaskStatus.RUNNING);
      assertThat(summary.failure()).containsInstanceOf(WaitTimeoutException.class);
      assertThat(summary.polls()).isEqualTo(server.getRequestCount());
    });
  }

  @Test
  void anAsynchronousWaitIsHeardAsWell() throws InterruptedException {
    server.enqueue(status("failed"));
    server.enqueue(task("task_1", "failed"));

    assertThatThrownBy(() -> client.tasks().waitForAsync("task_1", WaitOptions.defaults()).join())
        .hasCauseInstanceOf(com.browseract.client.errors.TaskFailedException.class);
    // The future completes before its listeners hear of it (on the thread that completed it).
    assertThat(waitEnded.await(5, TimeUnit.SECONDS)).isTrue();

    assertThat(waits).singleElement().satisfies(summary -> {
      assertThat(summary.outcome()).isEqualTo(WaitSummary.Outcome.FAILED);
      assertThat(summary.polls()).isEqualTo(2);
    });
  }

  @Test
  void aWaitsOwnListenerThatThrowsOnWaitEndDoesNotChangeTheWait() {
    client.close();
    client = clientBuilder().build(); // no hooks: the wait's own listener alone hears the end
    server.enqueue(status("finished"));
    server.enqueue(task("task_1", "finished"));

    assertThat(client.tasks().waitFor("task_1", WaitOptions.builder().listener(new TaskListener() {
      @Override
      public void onWaitEnd(WaitSummary summary) {
        waits.add(summary);
        throw new IllegalStateException("broken onWaitEnd");
      }
    }).build()).getId()).isEqualTo("task_1");
    assertThat(waits).singleElement().satisfies(summary -> assertThat(summary.polls()).isEqualTo(2));
  }

  @Test
  void listenersAreKeptByToBuilderAndShownInTheConfig() {
    assertThat(client.config().listeners()).containsExactly(broken, recorder);
    assertThat(client.config().toBuilder().buildConfig().listeners()).containsExactly(broken, recorder);
  }
}
