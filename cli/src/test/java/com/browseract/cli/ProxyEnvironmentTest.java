package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.BrowserAct;
import com.browseract.client.ClientConfig;
import com.browseract.client.ProxySettings;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ProxyEnvironmentTest {
  static final String API = "https://api.browseract.com";

  @Test
  void httpsProxyWithCredentialsFromTheUrl() {
    ProxySettings proxy = ProxyEnvironment.read(API,
        Map.of("HTTPS_PROXY", "http://alice:p%40ss%3Aw0rd@proxy.corp:3128")).orElseThrow();

    assertThat(proxy.type()).isEqualTo(ProxySettings.Type.HTTP);
    assertThat(proxy.host()).isEqualTo("proxy.corp");
    assertThat(proxy.port()).isEqualTo(3128);
    assertThat(proxy.username()).contains("alice");
    assertThat(proxy.toString()).doesNotContain("p@ss");
  }

  @Test
  void lowerCaseNamesSocksAndDefaultPorts() {
    assertThat(ProxyEnvironment.read(API, Map.of("https_proxy", "socks5h://relay.example")).orElseThrow())
        .satisfies(proxy -> {
          assertThat(proxy.type()).isEqualTo(ProxySettings.Type.SOCKS);
          assertThat(proxy.port()).isEqualTo(1080);
        });
    assertThat(ProxyEnvironment.read(API, Map.of("HTTPS_PROXY", "proxy.corp")).orElseThrow().port()).isEqualTo(80);
  }

  @Test
  void theVariableFollowsTheApisScheme() {
    Map<String, String> onlyHttp = Map.of("HTTP_PROXY", "http://proxy:3128");

    assertThat(ProxyEnvironment.read(API, onlyHttp)).isEmpty();
    assertThat(ProxyEnvironment.read("http://127.0.0.1:4010", onlyHttp)).isPresent();
    assertThat(ProxyEnvironment.read(API, Map.of())).isEmpty();
  }

  @Test
  void noProxyListsHostsToReachDirectlyAndStarTurnsTheProxyOff() {
    ProxySettings proxy = ProxyEnvironment.read(API, Map.of("HTTPS_PROXY", "http://proxy:3128",
        "NO_PROXY", "localhost, .corp.example,10.1.2.3:8080")).orElseThrow();

    assertThat(proxy.bypass()).containsExactly("localhost", ".corp.example", "10.1.2.3");
    assertThat(proxy.bypasses("files.corp.example")).isTrue();
    assertThat(proxy.bypasses("api.browseract.com")).isFalse();
    assertThat(ProxyEnvironment.read(API, Map.of("HTTPS_PROXY", "http://proxy:3128", "no_proxy", "*"))).isEmpty();
  }

  @Test
  void aProxyUrlThatCannotWorkIsAUsageErrorThatNeverQuotesIt() {
    assertThatThrownBy(() -> ProxyEnvironment.read(API, Map.of("HTTPS_PROXY", "https://u:secret@proxy:443")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HTTPS_PROXY uses https://")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> ProxyEnvironment.read(API, Map.of("HTTPS_PROXY", "http://u:secret@:3128")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
  }

  @Test
  void theClientGoesThroughTheProxyTheEnvironmentNames() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.start();
      proxy.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"x\""));
      proxy.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
          .setBody("{\"status\":\"running\"}"));
      String api = "http://api.browseract.invalid";
      ClientConfig.Builder builder = BrowserAct.builder().apiKey("sk-cli-SECRET").baseUrl(api).allowInsecureHttp(true);
      ProxyEnvironment.apply(builder, api,
          Map.of("http_proxy", "http://carol:pw@" + proxy.getHostName() + ":" + proxy.getPort()));

      try (BrowserAct client = builder.build()) {
        assertThat(client.tasks().status("t1").getValue()).isEqualTo("running");
      }
      proxy.takeRequest();
      RecordedRequest second = proxy.takeRequest();
      assertThat(second.getRequestLine()).startsWith("GET http://api.browseract.invalid/v2/workflow/get-task-status");
      assertThat(second.getHeader("Proxy-Authorization")).isEqualTo("Basic Y2Fyb2w6cHc=");
      assertThat(builder.buildConfig().proxy()).isPresent();
    }
  }
}
