package com.browseract.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Turns an error envelope that arrives with a 2xx status into a failure.
 *
 * <p>The real API has been seen to answer errors such as {@code {"code": 10112, "msg": "Task is not exist."}}
 * without an HTTP error status. Read as a model, such a body would become an object with every field empty (or,
 * for calls without an answer body, a silent success). Envelopes are small, so only bodies of at most
 * {@link #ENVELOPE_LIMIT} bytes are looked at, and only when they contain {@code "code"}: a large answer is
 * streamed to the parser untouched.
 */
final class SuccessEnvelopeCheck implements Interceptor {
  static final long ENVELOPE_LIMIT = 4096;
  private static final ByteString CODE_KEY = ByteString.encodeUtf8("\"code\"");

  /** A 2xx answer whose body is an error envelope; {@link ErrorMapper} maps it like an HTTP error. */
  static final class EnvelopeInSuccessException extends IOException {
    private static final long serialVersionUID = 1L;

    final int statusCode;
    final transient ErrorEnvelope envelope;
    final String body;

    EnvelopeInSuccessException(int statusCode, ErrorEnvelope envelope, String body) {
      super("HTTP " + statusCode + " carrying error code " + envelope.code);
      this.statusCode = statusCode;
      this.envelope = envelope;
      this.body = body;
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (!response.isSuccessful() || body == null) {
      return response;
    }
    BufferedSource source = body.source();
    if (source.request(ENVELOPE_LIMIT + 1) || source.getBuffer().indexOf(CODE_KEY) < 0) {
      return response;
    }
    String text = source.getBuffer().clone().readUtf8();
    ErrorEnvelope envelope = ErrorEnvelope.parse(text);
    if (envelope == null || !envelope.isError()) {
      return response;
    }
    response.close();
    throw new EnvelopeInSuccessException(response.code(), envelope, text);
  }
}
