package com.browseract.contract;

import com.browseract.client.BrowserAct;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Builds SDK clients for the contract suite. Every request passes an interceptor that records which endpoint
 * it exercised and any request violation Prism reports in {@code sl-violations}.
 */
final class ContractClient {
  static final String TEST_KEY = "contract-test-key";
  /** Endpoints exercised, as "METHOD /path", over the whole run. */
  static final Set<String> EXERCISED = ConcurrentHashMap.newKeySet();
  static final AtomicInteger REQUESTS_CHECKED = new AtomicInteger();
  /** Response violations seen (only a Prism proxy reports them), as "METHOD /path: violations". */
  static final List<String> RESPONSE_VIOLATIONS = new CopyOnWriteArrayList<>();
  /** Request violations seen, as "METHOD /path: violations". */
  static final List<String> REQUEST_VIOLATIONS = new CopyOnWriteArrayList<>();

  private ContractClient() {
  }

  /** A client whose requests carry {@code Prefer} when non-null (e.g. {@code code=429}). */
  static BrowserAct create(String baseUrl, String prefer, int maxRetries) {
    return create(baseUrl, prefer, maxRetries, chain -> chain.proceed(chain.request()));
  }

  /** As {@link #create(String, String, int)}, with one more interceptor that sees every answer first. */
  static BrowserAct create(String baseUrl, String prefer, int maxRetries, Interceptor observer) {
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
      okhttp3.Request request = prefer == null ? chain.request()
          : chain.request().newBuilder().header("Prefer", prefer).build();
      Response response = chain.proceed(request);
      record(request, response);
      return response;
    }).addInterceptor(observer).build();
    return BrowserAct.builder().apiKey(TEST_KEY).baseUrl(baseUrl).okHttpClient(http).maxRetries(maxRetries).build();
  }

  static BrowserAct create(String baseUrl) {
    return create(baseUrl, null, 2);
  }

  static void record(okhttp3.Request request, Response response) {
    String endpoint = request.method() + " " + request.url().encodedPath();
    EXERCISED.add(endpoint);
    REQUESTS_CHECKED.incrementAndGet();
    String violations = response.header("sl-violations");
    if (violations != null && violations.contains("\"request\"")) {
      REQUEST_VIOLATIONS.add(endpoint + "?" + request.url().encodedQuery() + ": " + violations);
    }
    if (violations != null && violations.contains("\"response\"")) {
      RESPONSE_VIOLATIONS.add(endpoint + ": " + violations);
    }
  }
}
