package com.browseract.client;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A SOCKS 5 proxy for tests (RFC 1928, user name and password of RFC 1929 required): it writes down the
 * credentials and targets it was given, then relays bytes to the target.
 */
final class Socks5Server implements AutoCloseable {
  final List<String> logins = new CopyOnWriteArrayList<>();
  final List<String> targets = new CopyOnWriteArrayList<>();
  private final String username;
  private final String password;
  private final ServerSocket server;

  Socks5Server(String username, String password) throws IOException {
    this.username = username;
    this.password = password;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::acceptAll, "socks5-test-server");
    accept.setDaemon(true);
    accept.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread thread = new Thread(() -> serve(client), "socks5-test-connection");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      DataInputStream in = new DataInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      in.readUnsignedByte(); // version 5
      byte[] methods = new byte[in.readUnsignedByte()];
      in.readFully(methods);
      out.write(new byte[] {5, 2}); // user name and password, nothing else
      in.readUnsignedByte(); // sub-negotiation version 1
      String user = read(in, in.readUnsignedByte());
      String pass = read(in, in.readUnsignedByte());
      logins.add(user + ":" + pass);
      boolean accepted = username.equals(user) && password.equals(pass);
      out.write(new byte[] {1, (byte) (accepted ? 0 : 1)});
      if (!accepted) {
        return;
      }
      in.readUnsignedByte(); // version
      in.readUnsignedByte(); // CONNECT
      in.readUnsignedByte(); // reserved
      int addressType = in.readUnsignedByte();
      String host;
      if (addressType == 3) {
        host = read(in, in.readUnsignedByte());
      } else {
        byte[] address = new byte[addressType == 1 ? 4 : 16];
        in.readFully(address);
        host = InetAddress.getByAddress(address).getHostAddress();
      }
      int port = in.readUnsignedShort();
      targets.add(host + ":" + port);
      try (Socket target = new Socket(host, port)) {
        out.write(new byte[] {5, 0, 0, 1, 0, 0, 0, 0, 0, 0});
        Thread upstream = new Thread(() -> copy(in, target), "socks5-test-relay");
        upstream.setDaemon(true);
        upstream.start();
        copy(target.getInputStream(), client);
      }
    } catch (IOException ignored) {
      // the client or the target went away
    }
  }

  private static String read(DataInputStream in, int length) throws IOException {
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void copy(InputStream from, Socket to) {
    try {
      from.transferTo(to.getOutputStream());
      to.shutdownOutput();
    } catch (IOException ignored) {
      // one side closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
