package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import com.browseract.client.model.TaskStatus;
import java.io.IOException;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Prism in proxy mode checks real answers against the spec. Here the "real" API is a local server that
 * drifts off the contract, and the suite must notice.
 */
@Order(4)
class DriftDetectionContractTest {
  private MockWebServer upstream;
  private Prism proxy;
  private BrowserAct client;

  @BeforeEach
  void start() throws IOException {
    upstream = new MockWebServer();
    upstream.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        if (path.startsWith("/v2/workflow/get-task-status")) {
          return json("{\"state\":\"running\"}"); // required "status" is missing
        }
        if (path.startsWith("/v2/workflow/get-task")) {
          return json("{\"id\":123,\"status\":\"finished\",\"workflow_id\":\"wf\","
              + "\"created_at\":\"2026-11-29T00:00:00Z\",\"steps\":[]}"); // id must be a string
        }
        return json("[{\"name\":\"United States\",\"code\":\"US\"}]"); // on contract
      }
    });
    upstream.start();
    proxy = Prism.proxy(upstream.url("/").toString().replaceAll("/$", ""));
    client = ContractClient.create(proxy.baseUrl());
    ContractClient.RESPONSE_VIOLATIONS.clear();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    proxy.close();
    upstream.shutdown();
    ContractClient.RESPONSE_VIOLATIONS.clear();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void missingRequiredFieldIsReported() {
    // The SDK itself tolerates it (unknown status) ...
    assertThat(client.tasks().status("t")).isEqualTo(TaskStatus.UNKNOWN);
    // ... but the contract check flags it.
    List<String> violations = ContractClient.RESPONSE_VIOLATIONS;
    assertThat(violations).singleElement().asString()
        .contains("GET /v2/workflow/get-task-status").contains("status");
  }

  @Test
  void wrongTypeIsReported() {
    client.tasks().get("t");

    assertThat(ContractClient.RESPONSE_VIOLATIONS).singleElement().asString()
        .contains("GET /v2/workflow/get-task").contains("id").contains("string");
  }

  @Test
  void onContractAnswerIsNotReported() {
    assertThat(client.regions().list()).hasSize(1);
    assertThat(ContractClient.RESPONSE_VIOLATIONS).isEmpty();
  }
}
