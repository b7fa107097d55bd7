package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Lists the tasks a batch may have created since a moment, every page, through its dialect. */
final class TaskLister {
  private final Supplier<BrowserAct> client;
  private final BatchDialect dialect;
  private final AtomicLong requests;

  /** @param client the client for each request (a batch's deadline cuts them off) */
  TaskLister(Supplier<BrowserAct> client, BatchDialect dialect, AtomicLong requests) {
    this.client = client;
    this.dialect = dialect;
    this.requests = requests;
  }

  /** Hands each listed task to {@code each}, page by page: no more than a page is held at once. */
  void since(Instant from, Consumer<Listed> each) {
    int page = 1;
    while (true) {
      requests.incrementAndGet();
      if (!dialect.listPage(client.get(), from, page, each)) {
        return;
      }
      page++;
    }
  }
}
