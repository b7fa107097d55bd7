package com.browseract.cli;

import com.browseract.client.WebhookReceiver;
import java.io.UncheckedIOException;
import java.net.InetAddress;

/**
 * The built-in callback receiver that {@code --listen [HOST:]PORT --public-url URL} start for one
 * {@code run --wait} or one batch: it runs from before the first task is started until the command is done.
 */
final class Listening implements AutoCloseable {
  static final Listening NONE = new Listening(null, null);

  private final WebhookReceiver receiver;
  private final String url;

  private Listening(WebhookReceiver receiver, String url) {
    this.receiver = receiver;
    this.url = url;
  }

  /**
   * Checks the options, then starts the receiver when they ask for one.
   *
   * @throws IllegalArgumentException when only one of the two options is given, without {@code --wait}, or either
   *     is malformed (the messages never repeat the receiver's secret path)
   * @throws IllegalStateException when the address cannot be bound
   */
  static Listening start(String listen, String publicUrl, boolean waiting, ApiCommand command) {
    if (listen == null && publicUrl == null) {
      return NONE;
    }
    if (listen == null || publicUrl == null) {
      throw new IllegalArgumentException("--listen and --public-url go together: --listen [HOST:]PORT is where"
          + " callbacks arrive on this machine, --public-url URL how BrowserAct reaches that port (a public host or"
          + " a tunnel)");
    }
    if (!waiting) {
      throw new IllegalArgumentException("--listen needs --wait: callbacks only tell a wait that the task ended");
    }
    WebhookReceiver receiver;
    try {
      receiver = WebhookReceiver.builder(command.client().webhooks()).listen(listen).start();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--listen: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    try {
      String url = receiver.callbackUrl(publicUrl);
      command.printer().err.println("Listening for BrowserAct's callbacks on port " + receiver.port() + " of "
          + exposure(receiver.address().getAddress()) + "; reached through " + publicUrl.trim());
      return new Listening(receiver, url);
    } catch (RuntimeException e) {
      receiver.close();
      throw new IllegalArgumentException("--public-url: " + e.getMessage(), e);
    }
  }

  private static String exposure(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return address.getHostAddress() + " (this machine only)";
    }
    if (address.isAnyLocalAddress()) {
      return "every interface (exposed to the network)";
    }
    return address.getHostAddress();
  }

  /** @return the callback URL for the wait, or null without a receiver */
  String url() {
    return url;
  }

  /** @return {@code given} when the user set it, else the receiver's URL (or null) */
  String orReceiver(String given) {
    return given != null ? given : url;
  }

  @Override
  public void close() {
    if (receiver != null) {
      receiver.close();
    }
  }
}
