package com.browseract.client;

import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps the Moshi converter so that a body that cannot be parsed is reported as such, not mistaken for a
 * network failure (Moshi's errors are plain {@link IOException}s or runtime exceptions).
 */
final class ParseGuardConverterFactory extends Converter.Factory {
  private final Converter.Factory delegate;

  ParseGuardConverterFactory(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  /** The answer came, but its body could not be read as the expected type. */
  static final class UnparseableBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    UnparseableBodyException(Type type, Throwable cause) {
      super("could not parse the answer as " + simpleName(type) + ": " + cause.getMessage(), cause);
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
      try {
        return inner.convert(body);
      } catch (JsonEncodingException | EOFException | RuntimeException e) {
        throw new UnparseableBodyException(type, e);
      }
    };
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }
}
