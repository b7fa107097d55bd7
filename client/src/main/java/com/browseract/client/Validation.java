package com.browseract.client;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Argument checks run before any request is sent; messages name the parameter and say what to fix. */
final class Validation {
  static final int MAX_LIMIT = 500;
  static final int MAX_CALLBACK_URL_LENGTH = 2048;
  private static final int MAX_KEYWORD = 200;
  private static final Pattern PORT = Pattern.compile(":\\d*$");

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

  static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
    return value;
  }

  static Duration positive(String name, Duration value) {
    requireNonNull(name, value);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
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

  /** v3's lists of runs and of bots allow smaller pages than the rest. */
  static Integer limitAtMost(Integer limit, int most) {
    if (limit != null && limit > most) {
      throw new IllegalArgumentException("limit must be between 1 and " + most + ", was " + limit);
    }
    return limit;
  }

  /** v3's {@code keyword} filters: at most 200 characters. */
  static String keyword(String keyword) {
    if (keyword != null && keyword.length() > MAX_KEYWORD) {
      throw new IllegalArgumentException("keyword must be at most " + MAX_KEYWORD + " characters, was "
          + keyword.length());
    }
    return keyword;
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
    httpUrl(name, url);
  }

  /**
   * Checks an absolute http(s) URL with a host. The messages never repeat the URL: a callback URL's path may be a
   * secret, and its user info a password.
   *
   * @return the URL in ASCII: an internationalised host name in its {@code xn--} form, other characters escaped
   */
  static URI httpUrl(String name, String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      // Not chained: the cause's message holds the whole URL.
      throw new IllegalArgumentException(name + " is not a valid URL: " + e.getReason().toLowerCase(Locale.ROOT)
          + " at index " + e.getIndex());
    }
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL with a host, such as"
          + " https://hooks.example.com");
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException(name + " must use http or https, was " + uri.getScheme());
    }
    if (uri.getHost() != null) {
      return URI.create(uri.toASCIIString());
    }
    // java.net.URI knows only ASCII host names: convert an internationalised one (bücher.example).
    String authority = uri.getRawAuthority();
    String userInfo = authority.contains("@") ? authority.substring(0, authority.lastIndexOf('@') + 1) : "";
    String hostAndPort = authority.substring(userInfo.length());
    Matcher port = PORT.matcher(hostAndPort);
    String host = port.find() ? hostAndPort.substring(0, port.start()) : hostAndPort;
    try {
      URI ascii = new URI(uri.getScheme() + "://" + userInfo + IDN.toASCII(host) + hostAndPort.substring(host.length())
          + (uri.getRawPath() == null ? "" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?"
          + uri.getRawQuery()) + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
      if (ascii.getHost() != null) {
        return URI.create(ascii.toASCIIString());
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      // not a host name either: said below
    }
    throw new IllegalArgumentException(name + " has no valid host name");
  }
}
