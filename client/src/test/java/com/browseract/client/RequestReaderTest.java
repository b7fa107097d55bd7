package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading one request from bytes as they come: framing, limits, and what is refused. */
class RequestReaderTest {
  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Feeds the head, then (if it was read) the rest as the body, one byte at a time like a slow client. */
  private static RequestReader read(String request, int maxBody) {
    RequestReader reader = new RequestReader(maxBody);
    ByteBuffer in = bytes(request);
    while (in.hasRemaining() && reader.state() == RequestReader.State.HEAD) {
      reader.feed(ByteBuffer.wrap(new byte[] {in.get()}));
    }
    if (reader.state() == RequestReader.State.HEAD_READ) {
      reader.readBody();
      while (in.hasRemaining() && reader.state() == RequestReader.State.BODY) {
        reader.feed(ByteBuffer.wrap(new byte[] {in.get()}));
      }
    }
    return reader;
  }

  @Test
  void aBodyByContentLengthLeavesWhatFollowsUnread() {
    RequestReader reader = new RequestReader(100);
    ByteBuffer in = bytes("POST /a/b?x=1 HTTP/1.1\r\nHost: h\r\ncontent-length: 5\r\n\r\nhelloNEXT");
    reader.feed(in);
    assertThat(reader.state()).isEqualTo(RequestReader.State.HEAD_READ);
    assertThat(reader.method()).isEqualTo("POST");
    assertThat(reader.path()).isEqualTo("/a/b");
    assertThat(reader.contentLength()).isEqualTo(5);
    reader.readBody();
    reader.feed(in);
    assertThat(reader.state()).isEqualTo(RequestReader.State.DONE);
    assertThat(new String(reader.body(), StandardCharsets.US_ASCII)).isEqualTo("hello");
    assertThat(in.remaining()).isEqualTo(4);
  }

  @Test
  void aChunkedBodyIsDecodedEvenByteByByte() {
    RequestReader reader = read("POST http://h:1/p/q HTTP/1.1\nTransfer-Encoding: chunked\nExpect: 100-continue\n\n"
        + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n", 100);
    assertThat(reader.state()).isEqualTo(RequestReader.State.DONE);
    assertThat(reader.path()).isEqualTo("/p/q");
    assertThat(reader.expectContinue()).isTrue();
    assertThat(new String(reader.body(), StandardCharsets.US_ASCII)).isEqualTo("hello world");
  }

  @Test
  void aRequestWithoutBodyIsDoneAtOnce() {
    RequestReader reader = read("GET / HTTP/1.0\r\n\r\n", 10);
    assertThat(reader.state()).isEqualTo(RequestReader.State.DONE);
    assertThat(reader.body()).isEmpty();
  }

  @Test
  void whatCannotBeReadSafelyIsRefusedWithItsStatus() {
    assertThat(read("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", 100).failure())
        .isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", 100).failure())
        .isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n", 100).failure()).isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n", 100).failure()).isEqualTo(400);
    assertThat(read("PRI * HTTP/2.0\r\n\r\n", 100).failure()).isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 100).failure()).isEqualTo(501);
    assertThat(read("POST / HTTP/1.1\r\nX: " + "a".repeat(RequestReader.MAX_HEAD_BYTES) + "\r\n\r\n", 100).failure())
        .isEqualTo(431);
    assertThat(read("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 100).failure()).isEqualTo(400);
    assertThat(read("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX", 100).failure())
        .isEqualTo(400);
  }

  @Test
  void bodiesOverTheLimitAreRefusedAndMemoryFollowsWhatArrived() {
    RequestReader chunked = read("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n", 10);
    assertThat(chunked.state()).isEqualTo(RequestReader.State.FAILED);
    assertThat(chunked.failure()).isEqualTo(413);
    assertThat(chunked.held()).isZero();

    // A length announced up to the limit costs nothing until the bytes come.
    RequestReader announced = read("POST / HTTP/1.1\r\nContent-Length: 1000000\r\n\r\nabc", 1 << 20);
    assertThat(announced.state()).isEqualTo(RequestReader.State.BODY);
    assertThat(announced.held()).isLessThanOrEqualTo(1024);
  }
}
