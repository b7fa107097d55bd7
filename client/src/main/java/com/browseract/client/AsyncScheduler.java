package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One lazily started daemon thread that drives all asynchronous retries and waits of a client, and the futures of
 * those calls and waits: closing the client fails the ones still open instead of leaving them pending forever.
 */
final class AsyncScheduler {
  private final Set<CompletableFuture<?>> open = ConcurrentHashMap.newKeySet();
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

  /** Keeps {@code future} until it completes, so that {@link #shutdown()} can fail it. */
  <T> CompletableFuture<T> track(CompletableFuture<T> future) {
    open.add(future);
    future.whenComplete((value, error) -> open.remove(future));
    synchronized (this) {
      if (shutdown) {
        future.completeExceptionally(closed());
      }
    }
    return future;
  }

  void shutdown() {
    synchronized (this) {
      shutdown = true;
      if (executor != null) {
        executor.shutdownNow();
      }
    }
    for (CompletableFuture<?> future : open) {
      future.completeExceptionally(closed());
    }
  }

  private static BrowserActException closed() {
    return new BrowserActException("The BrowserAct client was closed before this call or wait ended", null);
  }
}
