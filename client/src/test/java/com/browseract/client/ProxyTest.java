package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.ApiException;
import com.browseract.client.model.TaskStatus;
import java.net.ServerSocket;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Requests through a proxy: the test's MockWebServer plays an HTTP proxy, {@link Socks5Server} a SOCKS one. */
class ProxyTest extends MockApiTest {
  /** A host that does not exist: only a proxy can reach it. */
  static final String API_HOST = "api.browseract.invalid";

  BrowserAct throughProxy(ProxySettings proxy) {
    client.close();
    client = clientBuilder().baseUrl("http://" + API_HOST + "/").allowInsecureHttp(true).proxy(proxy).build();
    return client;
  }

  static MockResponse proxyAuthenticationRequired() {
    return new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\"");
  }

  @Test
  void anHttpProxyAsksForCredentialsAndGetsThemOnTheSameRequest() throws InterruptedException {
    throughProxy(ProxySettings.http(server.getHostName(), server.getPort()).withCredentials("alice", "s3cret"));
    server.enqueue(proxyAuthenticationRequired());
    server.enqueue(status("running"));

    assertThat(client.tasks().status("task_1")).isEqualTo(TaskStatus.RUNNING);

    RecordedRequest refused = server.takeRequest();
    RecordedRequest authenticated = server.takeRequest();
    assertThat(refused.getRequestLine())
        .isEqualTo("GET http://" + API_HOST + "/v2/workflow/get-task-status?task_id=task_1 HTTP/1.1");
    assertThat(refused.getHeader("Proxy-Authorization")).isNull();
    assertThat(authenticated.getRequestLine()).isEqualTo(refused.getRequestLine());
    assertThat(authenticated.getHeader("Proxy-Authorization")).isEqualTo("Basic YWxpY2U6czNjcmV0");
    assertThat(authenticated.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
  }

  @Test
  void credentialsTheProxyRefusesEndTheCallWithoutASecondTry() {
    throughProxy(ProxySettings.http(server.getHostName(), server.getPort()).withCredentials("alice", "wrong"));
    server.enqueue(proxyAuthenticationRequired());
    server.enqueue(proxyAuthenticationRequired());
    server.enqueue(status("running"));

    assertThatThrownBy(() -> client.tasks().status("task_1")).isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(407));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aBypassedHostIsReachedDirectly() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort(); // no proxy listens there
    }
    client.close();
    client = clientBuilder().proxy(ProxySettings.http("127.0.0.1", closed).bypassing("." + server.getHostName()))
        .build();
    server.enqueue(status("finished"));

    assertThat(client.tasks().status("task_1")).isEqualTo(TaskStatus.FINISHED);
    assertThat(server.takeRequest().getRequestLine()).startsWith("GET /v2/workflow/get-task-status");
  }

  @Test
  void aSocksProxyGetsItsCredentialsAndCarriesTheRequest() throws Exception {
    try (Socks5Server socks = new Socks5Server("bob", "pa55")) {
      client.close();
      // The API host stays the MockWebServer; only the SOCKS proxy knows how to get there.
      client = clientBuilder().proxy(ProxySettings.socks("127.0.0.1", socks.port()).withCredentials("bob", "pa55"))
          .build();
      server.enqueue(status("running"));

      assertThat(client.tasks().status("task_1")).isEqualTo(TaskStatus.RUNNING);

      assertThat(socks.logins).containsExactly("bob:pa55");
      assertThat(socks.targets).containsExactly(server.getHostName() + ":" + server.getPort());
    }
  }

  @Test
  void thePasswordIsNeverShown() {
    ProxySettings proxy = ProxySettings.http("proxy.example", 3128).withCredentials("alice", "s3cret")
        .bypassing("localhost");
    ClientConfig config = clientBuilder().proxy(proxy).buildConfig();

    assertThat(proxy.toString()).isEqualTo(
        "ProxySettings{HTTP proxy.example:3128, user alice, password ██, bypassing [localhost]}");
    assertThat(config.toString()).contains("proxy=ProxySettings{HTTP proxy.example:3128").doesNotContain("s3cret");
    assertThat(config.toBuilder().buildConfig().proxy()).contains(proxy);
  }

  @Test
  void bypassMatchesHostsAndDomainsLikeNoProxy() {
    ProxySettings proxy = ProxySettings.http("p", 1).bypassing("example.com", ".corp.test", "10.0.0.1");

    assertThat(proxy.bypasses("example.com")).isTrue();
    assertThat(proxy.bypasses("api.example.com")).isTrue();
    assertThat(proxy.bypasses("badexample.com")).isFalse();
    assertThat(proxy.bypasses("corp.test")).isTrue();
    assertThat(proxy.bypasses("x.corp.test")).isTrue();
    assertThat(proxy.bypasses("10.0.0.1")).isTrue();
    assertThat(proxy.bypasses("10.0.0.12")).isFalse();
    assertThat(ProxySettings.http("p", 1).bypassing("*").bypasses("anything")).isTrue();
    assertThatThrownBy(() -> ProxySettings.socks("p", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proxy port must be between 1 and 65535, was 0");
  }
}
