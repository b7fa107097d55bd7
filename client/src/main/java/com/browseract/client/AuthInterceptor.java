package com.browseract.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the bearer token and the SDK's user agent to every API request. Holds the key; never prints it. */
final class AuthInterceptor implements Interceptor {
  private final String authorization;
  private final String userAgent;

  AuthInterceptor(String apiKey, String userAgent) {
    this.authorization = "Bearer " + apiKey;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder()
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{authorization=██}";
  }
}
