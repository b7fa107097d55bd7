package com.browseract.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from resending a request on its own after a 503 with {@code Retry-After: 0} or a 408: OkHttp does
 * so silently, even for a call that starts a task, before {@link RetryPolicy} sees the answer.
 *
 * <p>{@link #HIDE}, a network interceptor, replaces such an answer's {@code Retry-After} with a value OkHttp reads as
 * "not soon", keeping the original aside; {@link #RESTORE}, the innermost application interceptor, puts it back, so
 * that everything above sees the answer as the server sent it.
 */
final class RetryAfterGuard {
  private static final String KEPT = "X-BrowserAct-Retry-After";
  private static final String NOT_SOON = "decided-by-browseract-client";

  static final Interceptor HIDE = chain -> {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503 && response.code() != 408) {
      return response;
    }
    String original = response.header("Retry-After");
    return response.newBuilder().header("Retry-After", NOT_SOON).header(KEPT, original == null ? "" : original)
        .build();
  };

  static final Interceptor RESTORE = RetryAfterGuard::restore;

  private RetryAfterGuard() {
  }

  private static Response restore(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String original = response.header(KEPT);
    if (original == null) {
      return response;
    }
    Response.Builder restored = response.newBuilder().removeHeader(KEPT).removeHeader("Retry-After");
    if (!original.isEmpty()) {
      restored.header("Retry-After", original);
    }
    return restored.build();
  }
}
