package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpWiringTest {
  private final ClientConfig.Builder config = BrowserAct.builder().apiKey("key").baseUrl("http://127.0.0.1:9");

  @Test
  void waitsHandOnAsManyRequestsAsTheClientSendsAtOnce() {
    HttpWiring wiring = new HttpWiring(config.maxConcurrentRequests(3).buildConfig());

    assertThat(wiring.polls.limit()).isEqualTo(3);
    wiring.close();
  }

  @Test
  void withTheCallersOkHttpClientWaitsKeepToItsDispatchersLimitPerHost() {
    // OkHttp's defaults: 64 requests at once, 5 to one host.
    HttpWiring defaults = new HttpWiring(config.okHttpClient(new OkHttpClient()).buildConfig());
    Dispatcher fewer = new Dispatcher();
    fewer.setMaxRequests(2);
    HttpWiring limited = new HttpWiring(config.okHttpClient(new OkHttpClient.Builder().dispatcher(fewer).build())
        .buildConfig());

    assertThat(defaults.polls.limit()).isEqualTo(5);
    assertThat(limited.polls.limit()).isEqualTo(2);
  }
}
