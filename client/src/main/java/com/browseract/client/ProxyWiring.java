package com.browseract.client;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * Puts {@link ProxySettings} on an OkHttp client: a proxy selector that goes around the proxy for the bypassed hosts,
 * an HTTP proxy's {@code Proxy-Authorization}, a SOCKS proxy's credentials.
 */
final class ProxyWiring {
  private ProxyWiring() {
  }

  static OkHttpClient apply(ProxySettings settings, OkHttpClient client) {
    Proxy proxy = new Proxy(settings.type() == ProxySettings.Type.HTTP ? Proxy.Type.HTTP : Proxy.Type.SOCKS,
        InetSocketAddress.createUnresolved(settings.host(), settings.port()));
    OkHttpClient.Builder builder = client.newBuilder().proxySelector(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return List.of(uri.getHost() != null && settings.bypasses(uri.getHost()) ? Proxy.NO_PROXY : proxy);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // OkHttp tries the next route itself; there is no other proxy to fall back to
      }
    });
    if (settings.username().isPresent()) {
      if (settings.type() == ProxySettings.Type.HTTP) {
        String authorization = Credentials.basic(settings.username().get(), settings.password());
        builder.proxyAuthenticator((route, response) -> {
          if (authorization.equals(response.request().header("Proxy-Authorization"))) {
            return null; // these credentials were refused already: the 407 goes to the caller
          }
          return response.request().newBuilder().header("Proxy-Authorization", authorization).build();
        });
      } else {
        SocksCredentials.register(settings);
      }
    }
    return builder.build();
  }

  /**
   * The JDK's SOCKS client asks the process-wide {@link Authenticator} for a SOCKS 5 proxy's user name and password
   * (there is no per-socket hook). This one answers for the proxies registered with it, by host and port, and hands
   * every other question to the authenticator that was the default when it was installed.
   */
  static final class SocksCredentials extends Authenticator {
    private static final Map<String, ProxySettings> PROXIES = new ConcurrentHashMap<>();
    private static SocksCredentials installed;

    private final Authenticator previous;

    private SocksCredentials(Authenticator previous) {
      this.previous = previous;
    }

    static synchronized void register(ProxySettings settings) {
      PROXIES.put(key(settings.host(), settings.port()), settings);
      if (installed == null || Authenticator.getDefault() != installed) {
        installed = new SocksCredentials(Authenticator.getDefault());
        Authenticator.setDefault(installed);
      }
    }

    private static String key(String host, int port) {
      return host.toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
      ProxySettings settings = "SOCKS5".equals(getRequestingProtocol())
          ? PROXIES.get(key(String.valueOf(getRequestingHost()), getRequestingPort())) : null;
      if (settings != null) {
        return new PasswordAuthentication(settings.username().orElseThrow(), settings.password().toCharArray());
      }
      return previous == null ? null : Authenticator.requestPasswordAuthentication(previous, getRequestingHost(),
          getRequestingSite(), getRequestingPort(), getRequestingProtocol(), getRequestingPrompt(),
          getRequestingScheme(), getRequestingURL(), getRequestorType());
    }
  }
}
