package com.browseract.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a scenario costs its JVM: the peak heap used (sampled every 5 ms) and the threads it added. Threads are
 * counted in one of two ways: the JVM's peak thread count (cheap, for scenarios with thousands of threads), or,
 * when some threads must not count (a fake server in the same JVM), by sampling the live threads every 50 ms.
 */
final class JvmUse {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicInteger peakCounted = new AtomicInteger();
  private final Predicate<Thread> counted;
  private final Thread sampler;
  private volatile Set<Thread> before;
  private int baselineThreads;
  private long heapBefore;

  /** @param counted the added threads that count, or null to count them all from the JVM's peak */
  private JvmUse(Predicate<Thread> counted) {
    this.counted = counted;
    this.sampler = new Thread(this::sample, "heap-sampler");
    sampler.setDaemon(true);
  }

  /** Starts measuring: everything alive now is the baseline. */
  static JvmUse begin(Predicate<Thread> counted) {
    JvmUse use = new JvmUse(counted);
    use.sampler.start();
    System.gc();
    use.before = Thread.getAllStackTraces().keySet();
    use.baselineThreads = use.threads.getThreadCount();
    use.threads.resetPeakThreadCount();
    use.heapBefore = use.memory.getHeapMemoryUsage().getUsed();
    use.peakHeap.set(use.heapBefore);
    return use;
  }

  private void sample() {
    for (long round = 0; !Thread.currentThread().isInterrupted(); round++) {
      peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      if (counted != null && before != null && round % 10 == 0) {
        int added = (int) Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> !before.contains(thread) && thread != sampler && counted.test(thread)).count();
        peakCounted.accumulateAndGet(added, Math::max);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Stops sampling. */
  void end() {
    sampler.interrupt();
  }

  long heapBefore() {
    return heapBefore;
  }

  long peakHeap() {
    return peakHeap.get();
  }

  /** @return the peak of the threads added: sampled counted threads, or the JVM's peak less the baseline */
  int addedThreads() {
    return counted == null ? threads.getPeakThreadCount() - baselineThreads : peakCounted.get();
  }

  /** @return the threads alive now that were not at the start, by kind: {@code {OkHttp TaskRunner=2}} */
  String newThreadKinds() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread != sampler)
        .collect(Collectors.groupingBy(thread -> thread.getName().replaceAll("[0-9]+", "N"), TreeMap::new,
            Collectors.counting()))
        .toString();
  }
}
