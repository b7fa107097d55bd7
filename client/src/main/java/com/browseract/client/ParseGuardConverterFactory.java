package com.browseract.client;

import com.squareup.moshi.JsonEncodingException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps the Moshi converter so that a body that cannot be parsed is reported as such, not mistaken for a
 * network failure (Moshi's errors are plain {@link IOException}s or runtime exceptions).
 */
final class ParseGuardConverterFactory extends Converter.Factory {
  /** Retrofit converts only 2xx bodies, and the API answers every success with 200. */
  static final int SUCCESS_STATUS = 200;
  private final Converter.Factory delegate;

  ParseGuardConverterFactory(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  /** The answer came, but its body could not be read as the expected type. */
  static final class UnparseableBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    final String head;

    UnparseableBodyException(Type type, String head, Throwable cause) {
      super("could not parse the answer as " + simpleName(type) + ": " + cause.getMessage(), cause);
      this.head = head;
    }

    private static String simpleName(Type type) {
      return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.getTypeName();
    }
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> inner = delegate.responseBodyConverter(type, annotations, retrofit);
    if (inner == null) {
      return null;
    }
    return body -> {
      // A copy of the first bytes, for the error should parsing fail: plain bytes, no Okio segment per call.
      BufferedSource source = body.source();
      source.request(ErrorMapper.SNIPPET_LIMIT);
      ByteArrayOutputStream head = new ByteArrayOutputStream(ErrorMapper.SNIPPET_LIMIT);
      source.getBuffer().copyTo(head, 0, Math.min(source.getBuffer().size(), ErrorMapper.SNIPPET_LIMIT));
      try {
        return inner.convert(body);
      } catch (JsonEncodingException | EOFException | RuntimeException e) {
        throw new UnparseableBodyException(type, head.toString(StandardCharsets.UTF_8), e);
      }
    };
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }
}
