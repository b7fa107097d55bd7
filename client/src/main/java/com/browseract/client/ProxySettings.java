package com.browseract.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A proxy the client's requests go through: HTTP (with {@code CONNECT} for https) or SOCKS 5, with an optional user
 * name and password, and hosts reached directly. Immutable; set with {@link ClientConfig.Builder#proxy}.
 *
 * <pre>{@code
 * BrowserAct browserAct = BrowserAct.builder().fromEnv()
 *     .proxy(ProxySettings.http("proxy.corp.example", 3128).withCredentials("alice", password)
 *         .bypassing("localhost", ".corp.example"))
 *     .build();
 * }</pre>
 *
 * <p>An HTTP proxy's credentials are sent as {@code Proxy-Authorization: Basic} when the proxy asks for them (a 407),
 * and up front on the {@code CONNECT} of an https request. A SOCKS proxy's credentials go through the JDK's SOCKS
 * client, which asks them of the process-wide {@link java.net.Authenticator}: the client installs one that answers
 * for this proxy's host and port only and hands every other question to the authenticator installed before it.
 * The password never appears in {@link #toString()}, logs or messages.
 */
public final class ProxySettings {
  /** The proxy's protocol. */
  public enum Type {
    /** An HTTP proxy: plain requests forwarded, https tunnelled with {@code CONNECT}. */
    HTTP,
    /** A SOCKS 5 proxy. */
    SOCKS
  }

  private final Type type;
  private final String host;
  private final int port;
  private final String username;
  private final String password;
  private final List<String> bypass;

  private ProxySettings(Type type, String host, int port, String username, String password, List<String> bypass) {
    this.type = type;
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.bypass = bypass;
  }

  /**
   * @param host the proxy's host name or address
   * @param port its port, 1 to 65535
   * @return an HTTP proxy without credentials
   */
  public static ProxySettings http(String host, int port) {
    return of(Type.HTTP, host, port);
  }

  /**
   * @param host the proxy's host name or address
   * @param port its port, 1 to 65535
   * @return a SOCKS 5 proxy without credentials
   */
  public static ProxySettings socks(String host, int port) {
    return of(Type.SOCKS, host, port);
  }

  private static ProxySettings of(Type type, String host, int port) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("proxy host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy port must be between 1 and 65535, was " + port);
    }
    return new ProxySettings(type, host.trim(), port, null, null, List.of());
  }

  /**
   * @param username the user name
   * @param password the password (may be empty)
   * @return these settings, authenticating with the proxy
   */
  public ProxySettings withCredentials(String username, String password) {
    if (username == null || username.isEmpty()) {
      throw new IllegalArgumentException("proxy username must not be empty");
    }
    return new ProxySettings(type, host, port, username, Objects.requireNonNull(password, "password == null"),
        bypass);
  }

  /**
   * Hosts reached without the proxy, in the manner of {@code NO_PROXY}: {@code example.com} or {@code .example.com}
   * matches that host and every host under it, an address matches itself, {@code *} matches every host. Replaces
   * any list given before.
   *
   * @param hosts host names, domain suffixes or addresses
   * @return these settings, going around the proxy for those hosts
   */
  public ProxySettings bypassing(String... hosts) {
    List<String> list = new ArrayList<>();
    for (String host : hosts) {
      String clean = Objects.requireNonNull(host, "host == null").trim().toLowerCase(Locale.ROOT);
      if (!clean.isEmpty()) {
        list.add(clean);
      }
    }
    return new ProxySettings(type, host, port, username, password, Collections.unmodifiableList(list));
  }

  /** @return the proxy's protocol */
  public Type type() {
    return type;
  }

  /** @return the proxy's host */
  public String host() {
    return host;
  }

  /** @return the proxy's port */
  public int port() {
    return port;
  }

  /** @return the user name, when the proxy needs credentials */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  String password() {
    return password;
  }

  /** @return the hosts reached without the proxy */
  public List<String> bypass() {
    return bypass;
  }

  /** @return whether a request to {@code requestHost} goes around the proxy */
  public boolean bypasses(String requestHost) {
    String target = requestHost.toLowerCase(Locale.ROOT);
    if (target.startsWith("[") && target.endsWith("]")) {
      target = target.substring(1, target.length() - 1);
    }
    for (String entry : bypass) {
      if (entry.equals("*")) {
        return true;
      }
      String suffix = entry.startsWith(".") ? entry.substring(1) : entry;
      if (target.equals(suffix) || target.endsWith("." + suffix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ProxySettings{" + type + " " + host + ":" + port + (username == null ? "" : ", user " + username
        + ", password ██") + (bypass.isEmpty() ? "" : ", bypassing " + bypass) + "}";
  }
}
