package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.InvalidResponseException;
import com.browseract.client.errors.NotFoundException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The synchronous and asynchronous forms fail the same way, and leave nothing behind. */
class ConsistencyTest extends MockApiTestBase {
  @Test
  void aRuntimeFailureInsideTheHttpStackIsReportedAlikeAndLeavesNoBookkeeping() throws Exception {
    client.close();
    OkHttpClient broken = new OkHttpClient.Builder().addInterceptor(chain -> {
      throw new IllegalStateException("a broken interceptor");
    }).build();
    client = clientBuilder().okHttpClient(broken).build();

    BrowserActException sync = catchFailure(() -> client.tasks().get("t1"));
    BrowserActException async = catchFailure(() -> {
      try {
        client.tasks().getAsync("t1").get(5, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw (RuntimeException) e.getCause();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });

    assertThat(async).isExactlyInstanceOf(sync.getClass());
    assertThat(async.getMessage()).isEqualTo(sync.getMessage())
        .isEqualTo("getTask failed: java.lang.IllegalStateException: a broken interceptor");
    assertThat(async.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(client.requestsTracked()).isZero();
  }

  @Test
  void failedCallsOfEveryKindLeaveNoBookkeeping() {
    server.enqueue(error(404, 10112, "Task is not exist.", "t"));
    server.enqueue(json(200, "<html>"));
    server.enqueue(json(200, "<html>")); // one unreadable answer is tried again
    server.enqueue(json(200, "{\"id\":\"\"}"));

    assertThatThrownBy(() -> client.tasks().status("x")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.tasks().status("x")).isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> client.tasks().run(new com.browseract.client.model.RunTaskRequest().workflowId("w")))
        .isInstanceOf(InvalidResponseException.class);
    assertThat(client.requestsTracked()).isZero();
  }

  private static BrowserActException catchFailure(Runnable call) {
    try {
      call.run();
    } catch (BrowserActException e) {
      return e;
    }
    throw new AssertionError("no failure");
  }
}
