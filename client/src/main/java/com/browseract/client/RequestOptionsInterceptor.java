package com.browseract.client;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Invocation;

/** Applies {@link RequestOptions} to each request of a client view, and shows each raw answer to its listener. */
final class RequestOptionsInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");
  private static final long ENVELOPE_PEEK_LIMIT = 64 * 1024;

  private final RequestOptions options;

  RequestOptionsInterceptor(RequestOptions options) {
    this.options = options;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl.Builder url = request.url().newBuilder();
    options.additionalQueryParams().forEach((name, value) -> {
      if (request.url().queryParameter(name) == null) {
        url.addQueryParameter(name, value);
      }
    });
    Request.Builder changed = request.newBuilder().url(url.build());
    options.additionalHeaders().forEach(changed::header);
    Response response = chain.proceed(changed.build());
    if (options.responseListener() != null) {
      notifyListener(request, response);
    }
    return response;
  }

  private void notifyListener(Request request, Response response) {
    try {
      options.responseListener().onResponse(new RawResponse(operationOf(request), response.code(),
          headersOf(response), traceIdOf(response)));
    } catch (RuntimeException | IOException e) {
      LOG.warn("The response listener failed on {}: {}", operationOf(request), e.toString());
    }
  }

  private static String operationOf(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation == null ? request.url().encodedPath() : invocation.method().getName();
  }

  private static Map<String, List<String>> headersOf(Response response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response.headers().toMultimap().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
    return java.util.Collections.unmodifiableMap(headers);
  }

  private static String traceIdOf(Response response) throws IOException {
    if (!response.isSuccessful()) {
      ErrorEnvelope envelope = ErrorEnvelope.parse(response.peekBody(ENVELOPE_PEEK_LIMIT).string());
      if (envelope != null && envelope.traceId != null) {
        return envelope.traceId;
      }
    }
    return response.header("traceId");
  }
}
