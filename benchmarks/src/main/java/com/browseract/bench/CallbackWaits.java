package com.browseract.bench;

import com.browseract.client.BrowserAct;
import com.browseract.client.PollSchedule;
import com.browseract.client.WaitOptions;
import com.browseract.client.WebhookReceiver;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Waiting for one task, four ways, against {@link CallbackTaskServer} in real time: the SDK polling alone, the SDK
 * with callbacks (the default safety poll, first after 3 min then doubling, and the CLI's, from 30 s), and a loop fetching the full task every 5 s (what
 * BrowserAct's n8n node does). Every task of every scenario starts within the first 2 s and all run at once; each
 * lasts its nominal length plus a seeded 0–5 s, so that it ends at any phase of any poll schedule.
 */
final class CallbackWaits {
  /** How a wait is made. */
  enum Mode {
    POLLING("SDK wait, polling only (defaults)"),
    CALLBACKS("SDK wait with callbacks (safety poll from 3 min, doubling: the default)"),
    CALLBACKS_CLI("SDK wait with callbacks, safety poll from 30 s, doubling (the CLI's)"),
    LOOP("fixed 5 s loop fetching the full task (n8n-style)");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  /** One wait's figures: requests and response bytes after the start, and task end → wait returned. */
  record Wait(int requests, long bytes, long delayMillis) {}

  static final Duration LOOP_PERIOD = Duration.ofSeconds(5);
  private static final Set<TaskStatus> ENDED = Set.of(TaskStatus.FINISHED, TaskStatus.FAILED, TaskStatus.CANCELED);

  private CallbackWaits() {}

  /** Runs every (length, mode) with {@code repeats} tasks each, all at once; returns the waits per scenario. */
  static Map<Duration, Map<Mode, List<Wait>>> run(List<Duration> lengths, int repeats, long seed) throws Exception {
    Random random = new Random(seed);
    Map<Duration, Map<Mode, ConcurrentLinkedQueue<Wait>>> waits = new LinkedHashMap<>();
    List<CompletableFuture<?>> all = new ArrayList<>();
    ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor();
    try (CallbackTaskServer api = new CallbackTaskServer();
        BrowserAct polling = client(api);
        BrowserAct hooked = client(api);
        BrowserAct looping = client(api);
        WebhookReceiver receiver = WebhookReceiver.start(hooked.webhooks(), 0)) {
      String hookUrl = receiver.callbackUrl("http://127.0.0.1:" + receiver.port());
      WaitOptions plain = WaitOptions.builder().timeout(Duration.ofMinutes(15)).build();
      WaitOptions withCallbacks = plain.toBuilder().callbackUrl(hookUrl).build();
      Map<Mode, WaitOptions> options = Map.of(Mode.POLLING, plain, Mode.CALLBACKS, withCallbacks,
          Mode.CALLBACKS_CLI, withCallbacks.toBuilder().pollSchedule(PollSchedule.builder().safetyInterval(Duration.ofSeconds(30)).build()).build());
      for (Duration length : lengths) {
        Map<Mode, ConcurrentLinkedQueue<Wait>> byMode = new LinkedHashMap<>();
        waits.put(length, byMode);
        for (Mode mode : Mode.values()) {
          ConcurrentLinkedQueue<Wait> results = new ConcurrentLinkedQueue<>();
          byMode.put(mode, results);
          for (int i = 0; i < repeats; i++) {
            RunTaskRequest request = new RunTaskRequest()
                .workflowId("wf-" + (length.toMillis() + random.nextInt(5_000)));
            CompletableFuture<Task> done = new CompletableFuture<>();
            all.add(done);
            starter.schedule(() -> {
              CompletableFuture<Task> wait = mode == Mode.LOOP ? loop(looping, request, starter)
                  : (mode == Mode.POLLING ? polling : hooked).tasks().runAndWaitAsync(request, options.get(mode));
              wait.whenComplete((task, error) -> {
                long returned = System.nanoTime();
                if (error != null) {
                  done.completeExceptionally(error);
                  return;
                }
                CallbackTaskServer.Run run = api.run(task.getId());
                results.add(new Wait(run.statusRequests.get() + run.getRequests.get(), run.bytesSent.get(),
                    (returned - run.endNanos) / 1_000_000));
                done.complete(task);
              });
            }, random.nextInt(2_000), TimeUnit.MILLISECONDS);
          }
        }
      }
      CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(20, TimeUnit.MINUTES);
    } finally {
      starter.shutdownNow();
    }
    Map<Duration, Map<Mode, List<Wait>>> lists = new LinkedHashMap<>();
    waits.forEach((length, byMode) -> {
      Map<Mode, List<Wait>> copy = new LinkedHashMap<>();
      byMode.forEach((mode, results) -> copy.put(mode, List.copyOf(results)));
      lists.put(length, copy);
    });
    return lists;
  }

  private static BrowserAct client(CallbackTaskServer api) {
    return BrowserAct.builder().apiKey("bench-key").baseUrl(api.baseUrl()).build();
  }

  /** Start, then get-task every 5 s (the first 5 s after the start) until the task has ended. */
  private static CompletableFuture<Task> loop(BrowserAct client, RunTaskRequest request,
      ScheduledExecutorService timer) {
    CompletableFuture<Task> result = new CompletableFuture<>();
    client.tasks().runAsync(request).whenComplete((started, error) -> {
      if (error != null) {
        result.completeExceptionally(error);
      } else {
        fetchLater(client, started.getId(), timer, result);
      }
    });
    return result;
  }

  private static void fetchLater(BrowserAct client, String id, ScheduledExecutorService timer,
      CompletableFuture<Task> result) {
    timer.schedule(() -> client.tasks().getAsync(id).whenComplete((task, error) -> {
      if (error != null) {
        result.completeExceptionally(error);
      } else if (ENDED.contains(task.getStatus())) {
        result.complete(task);
      } else {
        fetchLater(client, id, timer, result);
      }
    }), LOOP_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  static double meanRequests(List<Wait> waits) {
    return waits.stream().mapToInt(Wait::requests).average().orElse(Double.NaN);
  }

  static int maxRequests(List<Wait> waits) {
    return waits.stream().mapToInt(Wait::requests).max().orElse(0);
  }

  static double meanBytes(List<Wait> waits) {
    return waits.stream().mapToLong(Wait::bytes).average().orElse(Double.NaN);
  }

  static long delayPercentile(List<Wait> waits, double p) {
    return Stats.percentile(waits.stream().mapToLong(Wait::delayMillis).toArray(), p);
  }
}
