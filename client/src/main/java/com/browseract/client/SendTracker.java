package com.browseract.client;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Tells whether a request reached the point of being written to a connection.
 *
 * <p>Installed as an OkHttp <em>network</em> interceptor, which runs only once a connection is open and the
 * request is about to be sent. A failure before that (connection refused, connect timeout, unknown host)
 * left the server untouched, so even a task-creating call can be retried safely.
 */
final class SendTracker implements Interceptor {
  // Keyed by the identity of the original request; okhttp3.Request does not override equals.
  private final Map<Request, AtomicBoolean> inFlight = new ConcurrentHashMap<>();

  /** @return how many requests are being tracked; zero whenever no call is in flight */
  int pending() {
    return inFlight.size();
  }

  void begin(Request original) {
    inFlight.put(original, new AtomicBoolean());
  }

  /** @return whether the request was sent; forgets it */
  boolean end(Request original) {
    AtomicBoolean sent = inFlight.remove(original);
    return sent != null && sent.get();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    AtomicBoolean sent = inFlight.get(chain.call().request());
    if (sent != null) {
      sent.set(true);
    }
    return chain.proceed(chain.request());
  }
}
