package com.browseract.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The cheapest HTTP/1.1 keep-alive server there is: one thread per connection, reads a request's head and
 * writes the same prepared answer. The call-overhead benchmark uses it so that the server's own work, and
 * its noise, take as little of each round trip as possible.
 */
final class FixedAnswerServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] answer;

  FixedAnswerServer(byte[] jsonBody) throws IOException {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + jsonBody.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    answer = new byte[head.length + jsonBody.length];
    System.arraycopy(head, 0, answer, 0, head.length);
    System.arraycopy(jsonBody, 0, answer, head.length, jsonBody.length);
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "fixed-answer-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        Thread serving = new Thread(() -> serve(connection), "fixed-answer-connection");
        serving.setDaemon(true);
        serving.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
        OutputStream out = connection.getOutputStream()) {
      while (skipRequestHead(in)) {
        out.write(answer);
        out.flush();
      }
    } catch (IOException ignored) {
      // the client went away
    }
  }

  /** Reads up to the blank line ending a request head (our clients send GETs without a body). */
  private static boolean skipRequestHead(InputStream in) throws IOException {
    int matched = 0;
    for (int b; (b = in.read()) != -1; ) {
      matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
      if (matched == 4) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
