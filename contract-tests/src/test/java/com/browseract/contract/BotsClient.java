package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.V3Wiring;
import com.browseract.client.internal.v3.api.BotTemplatesApi;
import com.browseract.client.internal.v3.api.BotsApi;
import com.browseract.client.internal.v3.api.RegionsApi;
import com.browseract.client.internal.v3.api.TasksApi;
import com.browseract.client.v3.model.ApiErrorBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The generated v3 interfaces on the SDK's OkHttp and Moshi wiring ({@link V3Wiring}), for the contract suite.
 * Every request passes the same recording interceptor as {@link ContractClient}'s (exercised endpoints, request
 * and response violations Prism reports).
 */
final class BotsClient implements AutoCloseable {
  final TasksApi tasks;
  final BotsApi bots;
  final BotTemplatesApi templates;
  final RegionsApi regions;
  private final OkHttpClient http;

  private BotsClient(OkHttpClient http, V3Wiring.Apis apis) {
    this.http = http;
    this.tasks = apis.tasks;
    this.bots = apis.bots;
    this.templates = apis.templates;
    this.regions = apis.regions;
  }

  static BotsClient create(String baseUrl) {
    return create(baseUrl, null, chain -> chain.proceed(chain.request()));
  }

  /** A client whose requests carry {@code Prefer} when non-null, with {@code observer} seeing every answer first. */
  static BotsClient create(String baseUrl, String prefer, Interceptor observer) {
    return create(baseUrl, ContractClient.TEST_KEY, prefer, observer);
  }

  /** As {@link #create(String, String, Interceptor)} with another API key (the real one, for make contract-live). */
  static BotsClient create(String baseUrl, String apiKey, String prefer, Interceptor observer) {
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
      Request request = prefer == null ? chain.request()
          : chain.request().newBuilder().header("Prefer", prefer).build();
      okhttp3.Response response = chain.proceed(request);
      ContractClient.record(request, response);
      return response;
    }).addInterceptor(observer).build();
    return new BotsClient(http, V3Wiring.apis(baseUrl, apiKey, http));
  }

  /** Runs the call and returns its body, failing with the answer's status and body when it is not a 2xx. */
  static <T> T ok(Call<T> call) {
    Response<T> response = execute(call);
    assertThat(response.isSuccessful()).as("%s answered HTTP %d: %s", call.request().url(), response.code(),
        errorText(response)).isTrue();
    return response.body();
  }

  /** A refused call: its HTTP status and the error envelope, parsed as v3's {@code ErrorResponse}. */
  static final class Failure {
    final int status;
    final ApiErrorBody body;
    final Response<?> response;

    Failure(int status, ApiErrorBody body, Response<?> response) {
      this.status = status;
      this.body = body;
      this.response = response;
    }
  }

  /** Runs a call that must be refused and reads its error envelope. */
  static Failure failure(Call<?> call) {
    Response<?> response = execute(call);
    assertThat(response.isSuccessful()).as("%s answered HTTP %d, expected a refusal", call.request().url(),
        response.code()).isFalse();
    String text = errorText(response);
    try {
      ApiErrorBody body = V3Wiring.MOSHI.adapter(ApiErrorBody.class).fromJson(text);
      return new Failure(response.code(), body, response);
    } catch (IOException e) {
      throw new AssertionError("HTTP " + response.code() + " body is not an error envelope: " + text, e);
    }
  }

  private static <T> Response<T> execute(Call<T> call) {
    try {
      return call.execute();
    } catch (IOException e) {
      throw new UncheckedIOException("calling " + call.request().url(), e);
    }
  }

  private static String errorText(Response<?> response) {
    try (ResponseBody body = response.errorBody()) {
      return body == null ? "" : body.string();
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
