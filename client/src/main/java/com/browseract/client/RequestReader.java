package com.browseract.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads one HTTP/1.x request from bytes as they arrive, within limits, with no I/O of its own: the request line and
 * headers (at most 16 KiB), then, once asked to, the body (by {@code Content-Length} or chunked, at most
 * {@code maxBodyBytes}). Memory grows with the bytes actually received, never with what a header announces.
 *
 * <p>Anything the receiver need not understand is refused rather than guessed at: both {@code Content-Length} and
 * {@code Transfer-Encoding}, two different lengths, folded header lines, a coding other than chunked.
 */
final class RequestReader {
  /** Where the reading stands. */
  enum State { HEAD, HEAD_READ, BODY, DONE, FAILED }

  static final int MAX_HEAD_BYTES = 16 * 1024;
  private static final int MAX_CHUNK_LINE = 1024;
  private static final int FIRST_CAPACITY = 1024;

  private final int maxBodyBytes;
  private State state = State.HEAD;
  private int failure;
  private byte[] head = new byte[0];
  private int headLength;
  private String method;
  private String path;
  private long contentLength = -1;
  private boolean chunked;
  private boolean expectContinue;
  private byte[] body = new byte[0];
  private int bodyLength;
  private final Chunks chunks = new Chunks();

  RequestReader(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  State state() {
    return state;
  }

  /** @return the status to answer with when {@link State#FAILED}: 400, 413, 431 or 501 */
  int failure() {
    return failure;
  }

  String method() {
    return method;
  }

  /** @return the raw path of the request target, without query (also for an absolute-form target) */
  String path() {
    return path;
  }

  /** @return the declared length, -1 without one (chunked or no body) */
  long contentLength() {
    return contentLength;
  }

  boolean expectContinue() {
    return expectContinue;
  }

  /** @return the bytes this reader holds on to: what a connection costs in memory */
  int held() {
    return head.length + body.length;
  }

  /** @return the body once {@link State#DONE} */
  byte[] body() {
    return Arrays.copyOf(body, bodyLength);
  }

  /**
   * Takes what it needs from {@code in}: up to the end of the headers in {@link State#HEAD}, up to the end of the
   * body in {@link State#BODY}; bytes beyond the request are left in {@code in}.
   */
  void feed(ByteBuffer in) {
    while (in.hasRemaining() && (state == State.HEAD || state == State.BODY)) {
      if (state == State.HEAD) {
        readHead(in);
      } else if (chunked) {
        chunks.read(in);
      } else {
        append(in, (int) Math.min(in.remaining(), contentLength - bodyLength));
        if (bodyLength == contentLength) {
          state = State.DONE;
        }
      }
    }
  }

  /** After {@link State#HEAD_READ}: go on with the body (which may be empty). */
  void readBody() {
    if (state != State.HEAD_READ) {
      throw new IllegalStateException("no head read yet: " + state);
    }
    head = new byte[0];
    state = chunked || contentLength > 0 ? State.BODY : State.DONE;
  }

  private void readHead(ByteBuffer in) {
    while (in.hasRemaining()) {
      if (headLength == MAX_HEAD_BYTES) {
        fail(431);
        return;
      }
      if (headLength == head.length) {
        head = Arrays.copyOf(head, Math.min(MAX_HEAD_BYTES, Math.max(FIRST_CAPACITY, head.length * 2)));
      }
      byte b = in.get();
      head[headLength++] = b;
      if (b == '\n' && endsWithBlankLine()) {
        parseHead(new String(head, 0, headLength, StandardCharsets.ISO_8859_1));
        return;
      }
    }
  }

  private boolean endsWithBlankLine() {
    if (headLength >= 2 && head[headLength - 2] == '\n') {
      return true;
    }
    return headLength >= 3 && head[headLength - 2] == '\r' && head[headLength - 3] == '\n';
  }

  private void parseHead(String text) {
    String[] lines = text.split("\r?\n", -1);
    String[] requestLine = lines[0].split(" ", -1);
    if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.") || requestLine[0].isEmpty()) {
      fail(400);
      return;
    }
    method = requestLine[0];
    path = pathOf(requestLine[1]);
    if (path == null) {
      fail(400);
      return;
    }
    String transferEncoding = null;
    for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.substring(0, colon).contains(" ")) {
        fail(400);
        return;
      }
      String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        if (!value.matches("\\d{1,18}") || (contentLength >= 0 && contentLength != Long.parseLong(value))) {
          fail(400);
          return;
        }
        contentLength = Long.parseLong(value);
      } else if (name.equals("transfer-encoding")) {
        transferEncoding = transferEncoding == null ? value : transferEncoding + "," + value;
      } else if (name.equals("expect")) {
        expectContinue = value.equalsIgnoreCase("100-continue");
      }
    }
    if (transferEncoding != null) {
      if (contentLength >= 0) {
        fail(400); // Both framings at once is how requests are smuggled past proxies.
        return;
      }
      if (!transferEncoding.trim().equalsIgnoreCase("chunked")) {
        fail(501);
        return;
      }
      chunked = true;
    }
    state = State.HEAD_READ;
  }

  /** The raw path of an origin-form ({@code /a?b}) or absolute-form ({@code http://h/a?b}) target; null otherwise. */
  private static String pathOf(String target) {
    String rest = target;
    if (!target.startsWith("/")) {
      int scheme = target.indexOf("://");
      if (scheme <= 0) {
        return null;
      }
      int slash = target.indexOf('/', scheme + 3);
      rest = slash < 0 ? "/" : target.substring(slash);
    }
    int end = rest.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = rest.indexOf(stop);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    return rest.substring(0, end);
  }

  private void append(ByteBuffer in, int n) {
    if ((long) bodyLength + n > maxBodyBytes) {
      fail(413);
      return;
    }
    if (bodyLength + n > body.length) {
      long wanted = Math.max((long) bodyLength + n, Math.max(FIRST_CAPACITY, body.length * 2L));
      body = Arrays.copyOf(body, (int) Math.min(wanted, maxBodyBytes));
    }
    in.get(body, bodyLength, n);
    bodyLength += n;
  }

  private void fail(int status) {
    state = State.FAILED;
    failure = status;
    head = new byte[0];
    body = new byte[0];
  }

  /** The chunked coding, byte by byte: size line (hex, extensions ignored), data, CRLF; trailers after size 0. */
  private final class Chunks {
    private final StringBuilder line = new StringBuilder();
    private long left = -1; // bytes of chunk data still to come; -1 while reading a size line
    private boolean crlfAfterData;
    private boolean trailers;
    private int trailerBytes;

    void read(ByteBuffer in) {
      while (in.hasRemaining() && state == State.BODY) {
        if (left > 0) {
          int n = (int) Math.min(in.remaining(), left);
          append(in, n);
          left -= n;
          crlfAfterData = left == 0;
        } else {
          lineByte(in.get());
        }
      }
    }

    private void lineByte(byte b) {
      if (crlfAfterData && b != '\r' && b != '\n') {
        fail(400); // more data than the chunk's size said
        return;
      }
      if (b != '\n') {
        if (trailers ? ++trailerBytes > MAX_HEAD_BYTES : line.length() >= MAX_CHUNK_LINE) {
          fail(trailers ? 431 : 400);
        } else if (b != '\r') {
          line.append((char) (b & 0xff));
        }
        return;
      }
      String text = line.toString();
      line.setLength(0);
      if (crlfAfterData) {
        crlfAfterData = false;
        if (!text.isEmpty()) {
          fail(400);
        }
      } else if (trailers) {
        if (text.isEmpty()) {
          state = State.DONE;
        }
      } else {
        sizeLine(text);
      }
    }

    private void sizeLine(String text) {
      int semicolon = text.indexOf(';');
      String hex = (semicolon >= 0 ? text.substring(0, semicolon) : text).trim();
      if (!hex.matches("[0-9A-Fa-f]{1,8}")) {
        fail(400);
        return;
      }
      left = Long.parseLong(hex, 16);
      if (left == 0) {
        trailers = true;
      } else if (bodyLength + left > maxBodyBytes) {
        fail(413);
      }
    }
  }
}
