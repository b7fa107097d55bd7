package com.browseract.client;

import java.net.URI;
import java.net.URISyntaxException;

/** Argument checks run before any request is sent; messages name the parameter and say what to fix. */
final class Validation {
  static final int MAX_LIMIT = 500;
  static final int MAX_CALLBACK_URL_LENGTH = 2048;

  private Validation() {
  }

  static String requireId(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static <T> T requireNonNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  static Integer page(Integer page) {
    if (page != null && page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, was " + page);
    }
    return page;
  }

  static Integer limit(Integer limit) {
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    return limit;
  }

  /** The two callback URLs a start may carry ({@code callback_url}, {@code status_change_callback_url}). */
  static void callbackUrls(String callbackUrl, String statusChangeCallbackUrl) {
    callbackUrl("callback_url", callbackUrl);
    callbackUrl("status_change_callback_url", statusChangeCallbackUrl);
  }

  static void callbackUrl(String name, String url) {
    if (url == null) {
      return;
    }
    if (url.length() > MAX_CALLBACK_URL_LENGTH) {
      throw new IllegalArgumentException(name + " must be at most " + MAX_CALLBACK_URL_LENGTH
          + " characters, was " + url.length());
    }
    String scheme;
    try {
      URI uri = new URI(url);
      scheme = uri.getScheme();
      if (uri.getHost() == null) {
        throw new IllegalArgumentException(name + " must be an absolute http(s) URL with a host, was " + url);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + " is not a valid URL: " + e.getMessage(), e);
    }
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException(name + " must use http or https, was " + url);
    }
  }
}
