package com.browseract.client;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import com.squareup.moshi.adapters.EnumJsonAdapter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Test-side wiring of the generated v3 interfaces ({@code com.browseract.client.internal.v3.api}) the way
 * {@link HttpWiring} wires v2's: the SDK's Moshi (date-times, unknown enum values to {@code UNKNOWN}, here for
 * the v3 model package too), its parse guard, its authentication and its check for an error envelope in a 2xx
 * answer. Lives in the SDK's package to reach those package-private pieces; the contract suite uses it until
 * the SDK has v3 groups of its own.
 */
public final class V3Wiring {
  static final String V3_MODEL_PACKAGE = "com.browseract.client.v3.model";

  /** The SDK's Moshi, with the unknown-value fallback extended to v3's enums. */
  public static final Moshi MOSHI = Json.MOSHI.newBuilder().add(new V3UnknownEnumFallbackFactory()).build();

  private V3Wiring() {
  }

  /** A Retrofit on {@code baseUrl} whose client authenticates with {@code apiKey}. */
  public static Retrofit retrofit(String baseUrl, String apiKey, OkHttpClient http) {
    OkHttpClient client = http.newBuilder()
        .addInterceptor(new AuthInterceptor(apiKey, HttpWiring.userAgent("contract-tests")))
        .addInterceptor(new SuccessEnvelopeCheck())
        .build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
        .client(client)
        .addConverterFactory(new ParseGuardConverterFactory(MoshiConverterFactory.create(MOSHI)))
        .build();
  }

  private static final class V3UnknownEnumFallbackFactory implements JsonAdapter.Factory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      Class<?> raw = Types.getRawType(type);
      if (!annotations.isEmpty() || !raw.isEnum() || !V3_MODEL_PACKAGE.equals(raw.getPackageName())) {
        return null;
      }
      Class<? extends Enum> enumType = (Class<? extends Enum>) raw;
      return EnumJsonAdapter.create(enumType).withUnknownFallback(Enum.valueOf(enumType, "UNKNOWN")).nullSafe();
    }
  }
}
