package com.browseract.contract;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

final class LoopbackPort {
  private LoopbackPort() {
  }

  /** A port free on the loopback interface right now, for a server about to be started on it. */
  static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port: " + e.getMessage(), e);
    }
  }
}
