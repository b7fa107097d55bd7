package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class RequestOptionsTest extends MockApiTestBase {
  @Test
  void aViewAddsQueryParametersAndHeadersTheSdkDoesNotKnow() throws Exception {
    server.enqueue(json(200, "{\"page\":1,\"items\":[]}"));
    BrowserAct view = client.withOptions(RequestOptions.builder()
        .putAdditionalQueryParam("region", "eu").putAdditionalQueryParam("limit", "999")
        .putAdditionalHeader("X-Request-Source", "nightly-report").build());

    view.tasks().list(TaskListParams.builder().limit(5).build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v2/workflow/list-tasks?limit=5&region=eu");
    assertThat(request.getHeader("X-Request-Source")).isEqualTo("nightly-report");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
  }

  @Test
  void theListenerSeesEveryRawAnswerWithStatusHeadersAndTraceId() {
    List<RawResponse> seen = new CopyOnWriteArrayList<>();
    BrowserAct view = client.withOptions(RequestOptions.builder().responseListener(seen::add).build());
    server.enqueue(error(503, 503, "busy", "trace-503").setHeader("Retry-After", "1"));
    server.enqueue(status("running").setHeader("traceId", "trace-ok"));

    view.tasks().status("t1");

    assertThat(seen).extracting(RawResponse::operation).containsExactly("getTaskStatus", "getTaskStatus");
    assertThat(seen).extracting(RawResponse::statusCode).containsExactly(503, 200);
    assertThat(seen).extracting(RawResponse::traceId).containsExactly("trace-503", "trace-ok");
    assertThat(seen.get(0).header("Retry-After")).isEqualTo("1");
  }

  @Test
  void aFailingListenerDoesNotFailTheCall() {
    BrowserAct view = client.withOptions(RequestOptions.builder().responseListener(raw -> {
      throw new IllegalStateException("listener bug");
    }).build());
    server.enqueue(status("finished"));

    assertThat(view.tasks().status("t1")).isEqualTo(com.browseract.client.model.TaskStatus.FINISHED);
  }

  @Test
  void closingAViewLeavesTheClientWorking() {
    client.withOptions(RequestOptions.none()).close();
    server.enqueue(status("running"));

    assertThat(client.tasks().status("t1")).isEqualTo(com.browseract.client.model.TaskStatus.RUNNING);
  }

  @Test
  void theSdksOwnHeadersCannotBeReplaced() {
    assertThatThrownBy(() -> RequestOptions.builder().putAdditionalHeader("authorization", "Bearer other"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set by the SDK");
    assertThat(RequestOptions.builder().putAdditionalHeader("X-A", "secret-ish").build().toString())
        .contains("X-A").doesNotContain("secret-ish");
  }
}
