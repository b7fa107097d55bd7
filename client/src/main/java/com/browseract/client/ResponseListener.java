package com.browseract.client;

/**
 * Sees the raw HTTP answer of each request made through a client view with {@link RequestOptions}. Called on the
 * thread that received the answer; keep it quick. An exception it throws is logged and does not affect the call.
 */
@FunctionalInterface
public interface ResponseListener {
  /**
   * @param response what came back: status, headers, traceId
   */
  void onResponse(RawResponse response);
}
