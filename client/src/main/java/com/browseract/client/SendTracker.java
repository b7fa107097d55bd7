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
  private final Map<Request, Tracked> inFlight = new ConcurrentHashMap<>();

  /** One request: its attempt number (for the request log), and whether it was sent. */
  private static final class Tracked {
    final int attempt;
    final AtomicBoolean sent = new AtomicBoolean();

    Tracked(int attempt) {
      this.attempt = attempt;
    }
  }

  /** @return how many requests are being tracked; zero whenever no call is in flight */
  int pending() {
    return inFlight.size();
  }

  /** @param attempt 1 for the first attempt of a call, 2 for its first retry... */
  void begin(Request original, int attempt) {
    inFlight.put(original, new Tracked(attempt));
  }

  /** @return the attempt number given to {@link #begin}, or 1 for a request not tracked */
  int attempt(Request original) {
    Tracked tracked = inFlight.get(original);
    return tracked == null ? 1 : tracked.attempt;
  }

  /** @return whether the request was sent; forgets it */
  boolean end(Request original) {
    Tracked tracked = inFlight.remove(original);
    return tracked != null && tracked.sent.get();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Tracked tracked = inFlight.get(chain.call().request());
    if (tracked != null) {
      tracked.sent.set(true);
    }
    return chain.proceed(chain.request());
  }
}
