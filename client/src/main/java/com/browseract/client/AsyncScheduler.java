package com.browseract.client;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** One lazily started daemon thread that drives all asynchronous retries and waits of a client. */
final class AsyncScheduler {
  private ScheduledExecutorService executor;
  private boolean shutdown;

  AsyncScheduler() {
  }

  /** Tests give a scheduler that moves a fake clock instead of waiting. */
  AsyncScheduler(ScheduledExecutorService given) {
    this.executor = given;
  }

  synchronized ScheduledExecutorService get() {
    if (shutdown) {
      throw new IllegalStateException("this BrowserAct client is closed");
    }
    if (executor == null) {
      ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = Executors.defaultThreadFactory().newThread(runnable);
        thread.setName("browseract-scheduler");
        thread.setDaemon(true);
        return thread;
      });
      created.setRemoveOnCancelPolicy(true);
      executor = created;
    }
    return executor;
  }

  synchronized void shutdown() {
    shutdown = true;
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
