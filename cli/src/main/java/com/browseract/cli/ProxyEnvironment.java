package com.browseract.cli;

import com.browseract.client.ClientConfig;
import com.browseract.client.ProxySettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy the usual environment variables ask for, as curl and Go read them: {@code HTTPS_PROXY} (or
 * {@code https_proxy}) for an https API, {@code HTTP_PROXY} (or {@code http_proxy}) for a plain http one;
 * {@code http://} or no scheme for an HTTP proxy, {@code socks5://} (also {@code socks5h://}, {@code socks://}) for
 * SOCKS 5; credentials from the URL's {@code user:password@}, percent-decoded. {@code NO_PROXY} (or
 * {@code no_proxy}): comma-separated hosts and domain suffixes reached directly, {@code *} for all.
 */
final class ProxyEnvironment {
  private ProxyEnvironment() {
  }

  /** Sets the proxy the environment asks for (if any) on {@code builder}, whose base URL is already set. */
  static void apply(ClientConfig.Builder builder, String baseUrl, Map<String, String> env) {
    read(baseUrl, env).ifPresent(builder::proxy);
  }

  static Optional<ProxySettings> read(String baseUrl, Map<String, String> env) {
    boolean https = baseUrl.toLowerCase(Locale.ROOT).startsWith("https:");
    String name = https ? first(env, "HTTPS_PROXY", "https_proxy") : first(env, "HTTP_PROXY", "http_proxy");
    if (name == null) {
      return Optional.empty();
    }
    List<String> bypass = new ArrayList<>();
    String noProxy = first(env, "NO_PROXY", "no_proxy");
    if (noProxy != null) {
      for (String entry : env.get(noProxy).split("[,\\s]+")) {
        String host = withoutPort(entry.trim());
        if (host.equals("*")) {
          return Optional.empty();
        }
        if (!host.isEmpty()) {
          bypass.add(host);
        }
      }
    }
    return Optional.of(parse(name, env.get(name).trim()).bypassing(bypass.toArray(new String[0])));
  }

  /** The first variable of {@code names} that is set and not blank, or null. */
  private static String first(Map<String, String> env, String... names) {
    for (String name : names) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return name;
      }
    }
    return null;
  }

  /** Never quotes the value: it may hold a password. */
  private static ProxySettings parse(String name, String value) {
    String url = value.contains("://") ? value : "http://" + value;
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + " is not a proxy URL such as http://host:3128 or socks5://host:1080");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(name + " names no proxy host (expected http://host:3128 or "
          + "socks5://host:1080)");
    }
    ProxySettings proxy;
    switch (scheme) {
      case "http":
        proxy = ProxySettings.http(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort());
        break;
      case "socks":
      case "socks5":
      case "socks5h":
        proxy = ProxySettings.socks(uri.getHost(), uri.getPort() == -1 ? 1080 : uri.getPort());
        break;
      default:
        throw new IllegalArgumentException(name + " uses " + scheme + "://, which is not supported: use http:// (an "
            + "HTTP proxy, https tunnelled through it) or socks5://");
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null) {
      return proxy;
    }
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
    String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
    return proxy.withCredentials(user, password);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** {@code host:port} → host; a bracketed IPv6 address keeps its address. */
  private static String withoutPort(String entry) {
    if (entry.startsWith("[")) {
      int end = entry.indexOf(']');
      return end < 0 ? entry : entry.substring(1, end);
    }
    int colon = entry.indexOf(':');
    return colon >= 0 && entry.indexOf(':', colon + 1) < 0 ? entry.substring(0, colon) : entry;
  }
}
