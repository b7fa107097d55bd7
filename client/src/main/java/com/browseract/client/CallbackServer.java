package com.browseract.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiver's HTTP/1.1 server: one thread and a selector, so that a connection costs a thread only while its
 * complete request is being answered, never while a client takes its time to send it.
 *
 * <p>Why not the JDK's {@code HttpServer}: it gives every new connection to a worker thread that then blocks reading
 * the headers, with no time limit on JDK 17 and no cap on connections other than global system properties; two
 * connections sending a byte now and then silenced a receiver with two workers.
 *
 * <p>Limits, all per server: a request (headers and body) must arrive within {@code requestTimeout} of the
 * connection (else 408 and close); at most {@code maxConnections} are open, and the oldest one still sending its
 * request makes room for a new one (a genuine callback arrives whole within milliseconds, so the connections that
 * trickle are the old ones); the bytes all connections hold are capped too, the oldest again giving way. Each
 * connection carries one request: answers say {@code Connection: close}.
 */
final class CallbackServer implements AutoCloseable {
  /** What the server asks of its owner; called on the server's thread, so it must be fast and never block. */
  interface Routes {
    /** @return the status to answer at once (the body is not read), or 0 to read the body */
    int afterHead(RequestReader request);

    /** @return the status to answer the whole request with */
    int afterBody(RequestReader request, byte[] body);
  }

  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** How long an answered connection is read and discarded before closing, so the answer is not lost to a reset. */
  private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final int MAX_DISCARDED = 64 * 1024;
  private static final long CLOSE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final Map<Integer, String> REASONS = Map.of(200, "OK", 400, "Bad Request", 404, "Not Found",
      405, "Method Not Allowed", 408, "Request Timeout", 413, "Content Too Large", 431,
      "Request Header Fields Too Large", 500, "Internal Server Error", 501, "Not Implemented");
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final Selector selector;
  private final ServerSocketChannel listener;
  private final Routes routes;
  private final int maxBodyBytes;
  private final long requestTimeoutNanos;
  private final int maxConnections;
  private final long maxHeldBytes;
  private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
  // Accept order, hence deadline order; only the server's thread touches it.
  private final Set<Connection> open = new LinkedHashSet<>();
  private final Thread thread;
  private final InetSocketAddress address;
  private long held;
  private volatile int openCount;
  private volatile boolean closing;

  private CallbackServer(Selector selector, ServerSocketChannel listener, Routes routes, int maxBodyBytes,
      Duration requestTimeout, int maxConnections) throws IOException {
    this.selector = selector;
    this.listener = listener;
    this.routes = routes;
    this.maxBodyBytes = maxBodyBytes;
    this.requestTimeoutNanos = requestTimeout.toNanos();
    this.maxConnections = maxConnections;
    this.maxHeldBytes = 4L * (maxBodyBytes + RequestReader.MAX_HEAD_BYTES);
    this.address = (InetSocketAddress) listener.getLocalAddress();
    this.thread = new Thread(this::run, "browseract-webhooks-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
  }

  /** Binds {@code address} and starts serving. */
  static CallbackServer start(InetSocketAddress address, Routes routes, int maxBodyBytes, Duration requestTimeout,
      int maxConnections) throws IOException {
    Selector selector = Selector.open();
    ServerSocketChannel listener = null;
    CallbackServer server;
    try {
      listener = ServerSocketChannel.open();
      listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      listener.bind(address, 128);
      listener.configureBlocking(false);
      listener.register(selector, SelectionKey.OP_ACCEPT);
      server = new CallbackServer(selector, listener, routes, maxBodyBytes, requestTimeout, maxConnections);
    } catch (IOException | RuntimeException e) {
      if (listener != null) {
        listener.close();
      }
      selector.close();
      throw e;
    }
    server.thread.start();
    return server;
  }

  /** @return the bound address (with the port chosen when 0 was asked for) */
  InetSocketAddress address() {
    return address;
  }

  private void run() {
    long closingSince = 0;
    try {
      while (true) {
        if (closing) {
          if (closingSince == 0) {
            closingSince = System.nanoTime();
            listener.close();
            new ArrayList<>(open).stream().filter(c -> c.phase == Phase.READING).forEach(this::drop);
          }
          if (open.stream().noneMatch(c -> c.phase == Phase.WRITING)
              || System.nanoTime() - closingSince > CLOSE_GRACE_NANOS) {
            return;
          }
        }
        long wait = expire(System.nanoTime());
        selector.select(TimeUnit.NANOSECONDS.toMillis(wait) + 1);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            acceptAll();
          } else {
            serve((Connection) key.attachment(), key);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // A ClosedSelectorException too, when close() gave up waiting.
      if (!closing) {
        LOG.error("The callback receiver stopped: {}", e.toString());
      }
    } finally {
      new ArrayList<>(open).forEach(this::drop);
      closeQuietly(listener);
      closeQuietly(selector);
    }
  }

  /** Closes what is past its deadline; @return nanoseconds until the next deadline (at most a minute) */
  private long expire(long now) {
    long next = now + TimeUnit.MINUTES.toNanos(1);
    for (Connection connection : new ArrayList<>(open)) {
      if (connection.deadline - now <= 0) {
        if (connection.phase == Phase.READING) {
          LOG.debug("A connection sent no complete request within {} ms: 408", requestTimeoutNanos / 1_000_000);
          tryAnswerAndDrop(connection, 408);
        } else {
          drop(connection);
        }
      } else if (connection.deadline - next < 0) {
        next = connection.deadline;
      }
    }
    return Math.max(0, next - now);
  }

  private void acceptAll() {
    while (true) {
      SocketChannel channel;
      try {
        channel = listener.accept();
      } catch (IOException e) {
        // Out of file descriptors, most likely: free one rather than stop serving.
        LOG.debug("Accepting a connection failed: {}", e.toString());
        dropOldestReading(null);
        return;
      }
      if (channel == null) {
        return;
      }
      if (open.size() >= maxConnections && !dropOldestReading(null)) {
        closeQuietly(channel);
        continue;
      }
      try {
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        Connection connection = new Connection(channel, new RequestReader(maxBodyBytes),
            System.nanoTime() + requestTimeoutNanos);
        connection.key = channel.register(selector, SelectionKey.OP_READ, connection);
        open.add(connection);
        openCount = open.size();
      } catch (IOException e) {
        closeQuietly(channel);
      }
    }
  }

  /** Makes room: closes the oldest connection still sending its request, other than {@code keep}. */
  private boolean dropOldestReading(Connection keep) {
    for (Connection connection : open) {
      if (connection != keep && connection.phase == Phase.READING
          && (keep == null || connection.reader.held() > 0)) {
        LOG.debug("Closing the oldest connection still sending its request, to make room");
        drop(connection);
        return true;
      }
    }
    return false;
  }

  private void serve(Connection connection, SelectionKey key) {
    try {
      if (key.isWritable()) {
        write(connection);
      } else if (key.isReadable()) {
        read(connection);
      }
    } catch (IOException e) {
      drop(connection); // the client went away: nothing to answer
    } catch (RuntimeException e) {
      LOG.warn("A callback connection failed: {}", e.toString());
      drop(connection);
    }
  }

  private void read(Connection connection) throws IOException {
    readBuffer.clear();
    int n = connection.channel.read(readBuffer);
    if (n < 0) {
      drop(connection);
      return;
    }
    if (connection.phase == Phase.DRAINING) {
      connection.discarded += n;
      if (connection.discarded > MAX_DISCARDED) {
        drop(connection);
      }
      return;
    }
    readBuffer.flip();
    RequestReader reader = connection.reader;
    reader.feed(readBuffer);
    if (reader.state() == RequestReader.State.HEAD_READ) {
      int early = status(() -> routes.afterHead(reader));
      if (early != 0) {
        answer(connection, early);
        return;
      }
      reader.readBody();
      if (reader.expectContinue() && reader.state() == RequestReader.State.BODY) {
        connection.channel.write(ByteBuffer.wrap(CONTINUE)); // 25 bytes into an empty send buffer
      }
      reader.feed(readBuffer);
    }
    hold(connection);
    if (reader.state() == RequestReader.State.FAILED) {
      answer(connection, reader.failure());
    } else if (reader.state() == RequestReader.State.DONE) {
      answer(connection, status(() -> routes.afterBody(reader, reader.body())));
    }
  }

  /** Counts the bytes the connection holds; past the cap, the oldest connections holding bytes give way. */
  private void hold(Connection connection) {
    int now = connection.phase == Phase.READING ? connection.reader.held() : 0;
    held += now - connection.held;
    connection.held = now;
    while (held > maxHeldBytes && dropOldestReading(connection)) {
      // dropped one; look again
    }
  }

  private static int status(IntSupplier decision) {
    try {
      return decision.getAsInt();
    } catch (RuntimeException e) {
      LOG.warn("Answering a callback failed: {}", e.toString());
      return 500;
    }
  }

  private void answer(Connection connection, int status) throws IOException {
    connection.phase = Phase.WRITING;
    hold(connection);
    connection.response = ByteBuffer.wrap(response(status));
    connection.deadline = System.nanoTime() + LINGER_NANOS;
    write(connection);
  }

  private static byte[] response(int status) {
    return ("HTTP/1.1 " + status + " " + REASONS.getOrDefault(status, "Error") + "\r\n"
        + (status == 405 ? "Allow: POST\r\n" : "")
        + "Content-Length: 0\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private void write(Connection connection) throws IOException {
    connection.channel.write(connection.response);
    if (connection.response.hasRemaining()) {
      connection.key.interestOps(SelectionKey.OP_WRITE);
      return;
    }
    // Half-close, then read what the client still sends until it closes too: closing with unread bytes would
    // reset the connection, and a client may then lose the answer (a 413 sent before its body was read).
    connection.channel.shutdownOutput();
    connection.phase = Phase.DRAINING;
    connection.key.interestOps(SelectionKey.OP_READ);
  }

  /** For a request that took too long: one attempt at the answer, then close. */
  private void tryAnswerAndDrop(Connection connection, int status) {
    try {
      connection.channel.write(ByteBuffer.wrap(response(status)));
    } catch (IOException e) {
      // gone already
    }
    drop(connection);
  }

  private void drop(Connection connection) {
    if (open.remove(connection)) {
      openCount = open.size();
      held -= connection.held;
      connection.key.cancel();
      closeQuietly(connection.channel);
    }
  }

  /** @return the connections open now (for tests) */
  int openConnections() {
    return openCount;
  }

  /** Stops listening at once; answers being written get up to a second to finish. */
  @Override
  public void close() {
    closing = true;
    selector.wakeup();
    try {
      thread.join(TimeUnit.NANOSECONDS.toMillis(CLOSE_GRACE_NANOS) + 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(listener);
    closeQuietly(selector);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // closing anyway
    }
  }

  private enum Phase { READING, WRITING, DRAINING }

  /** One client connection and its one request. */
  private static final class Connection {
    final SocketChannel channel;
    final RequestReader reader;
    SelectionKey key;
    Phase phase = Phase.READING;
    long deadline;
    int held;
    int discarded;
    ByteBuffer response;

    Connection(SocketChannel channel, RequestReader reader, long deadline) {
      this.channel = channel;
      this.reader = reader;
      this.deadline = deadline;
    }
  }
}
