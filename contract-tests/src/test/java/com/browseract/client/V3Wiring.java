package com.browseract.client;

import com.browseract.client.internal.v3.api.BotTemplatesApi;
import com.browseract.client.internal.v3.api.BotsApi;
import com.browseract.client.internal.v3.api.RegionsApi;
import com.browseract.client.internal.v3.api.TasksApi;
import com.squareup.moshi.Moshi;
import okhttp3.OkHttpClient;

/**
 * Test-side access to the SDK's own v3 wiring ({@link HttpWiring.V3}): the generated v3 interfaces on the
 * client's OkHttp and Moshi (date-times, unknown enum values to {@code UNKNOWN}), its parse guard, its
 * authentication and its check for an error envelope in a 2xx answer. The contract suite checks the wire through
 * these raw interfaces, and the facade ({@code BrowserAct.bots()}, {@code runs()}) on top of them.
 */
public final class V3Wiring {
  /** The SDK's Moshi. */
  public static final Moshi MOSHI = Json.MOSHI;

  /** The generated interfaces, bound to one client. */
  public static final class Apis {
    /** Runs: reads, cancel, resume and both starts. */
    public final TasksApi tasks;
    /** Bots. */
    public final BotsApi bots;
    /** Bot templates. */
    public final BotTemplatesApi templates;
    /** Regions. */
    public final RegionsApi regions;

    private Apis(HttpWiring.V3 v3) {
      this.tasks = v3.runs;
      this.bots = v3.bots;
      this.templates = v3.templates;
      this.regions = v3.regions;
    }
  }

  private V3Wiring() {
  }

  /** The SDK's v3 interfaces on {@code baseUrl}, over {@code http}, authenticating with {@code apiKey}. */
  public static Apis apis(String baseUrl, String apiKey, OkHttpClient http) {
    ClientConfig config = BrowserAct.builder().apiKey(apiKey).baseUrl(baseUrl).okHttpClient(http)
        .userAgentSuffix("contract-tests").buildConfig();
    return new Apis(new HttpWiring(config).apis(RequestOptions.none()).v3);
  }
}
