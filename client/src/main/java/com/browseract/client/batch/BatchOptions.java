package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import com.browseract.client.WaitOptions;
import com.browseract.client.WebhookReceiver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a batch runs. Only the journal is required; everything else has a default.
 *
 * <pre>{@code
 * BatchOptions options = BatchOptions.builder()
 *     .journal(Path.of("keywords.journal.jsonl"))
 *     .results(Path.of("keywords.results.jsonl"))
 *     .concurrency(20)
 *     .build();
 * }</pre>
 *
 * <p><strong>With callbacks</strong> ({@link Builder#callbackUrl(String)}) a slot is refilled the moment a task's
 * callback says it ended, and a later look at the tasks confirms the end; without, the batch learns of ends from
 * looks at its task list, paced by the rate at which tasks end.
 */
public final class BatchOptions {
  /** At most this many of the batch's tasks run at once unless told otherwise. */
  public static final int DEFAULT_CONCURRENCY = 5;
  /** With callbacks, how long the batch goes without a look at its tasks unless told otherwise: 30 s. */
  public static final Duration DEFAULT_SAFETY_LOOK_INTERVAL = Duration.ofSeconds(30);

  final Path journal;
  final Path results;
  final int concurrency;
  final int retryFailed;
  final Duration timeout;
  final Path downloadDir;
  final boolean stopOnCancel;
  final BatchListener listener;
  final Duration reconcileSettle;
  final Duration maxWatchInterval;
  final Duration outagePatience;
  final String callbackUrl;
  final Duration safetyLookInterval;
  // For tests: time that moves only when the batch pauses.
  final Clock clock;
  final Pause pause;

  private BatchOptions(Builder builder) {
    this.journal = builder.journal;
    this.results = builder.results;
    this.concurrency = builder.concurrency;
    this.retryFailed = builder.retryFailed;
    this.timeout = builder.timeout;
    this.downloadDir = builder.downloadDir;
    this.stopOnCancel = builder.stopOnCancel;
    this.listener = builder.listener;
    this.reconcileSettle = builder.reconcileSettle;
    this.maxWatchInterval = builder.maxWatchInterval;
    this.outagePatience = builder.outagePatience;
    this.callbackUrl = builder.callbackUrl;
    this.safetyLookInterval = builder.safetyLookInterval;
    this.clock = builder.clock;
    this.pause = builder.pause;
  }

  /** @return a builder with the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the journal file */
  public Path journal() {
    return journal;
  }

  /** @return the results file, or null when results only go to the listener */
  public Path results() {
    return results;
  }

  /** @return how many of the batch's tasks may run at once */
  public int concurrency() {
    return concurrency;
  }

  /** @return how many more times a failed input is started again */
  public int retryFailed() {
    return retryFailed;
  }

  /** @return how long the batch may take before it stops starting and returns, or null for no limit */
  public Duration timeout() {
    return timeout;
  }

  /** @return where each finished task's files are downloaded (a folder per task), or null for no download */
  public Path downloadDir() {
    return downloadDir;
  }

  /** @return how long the API may keep failing before the batch stops with its last error */
  public Duration outagePatience() {
    return outagePatience;
  }

  /** @return true when cancelling the batch also stops its running tasks */
  public boolean stopOnCancel() {
    return stopOnCancel;
  }

  /** @return who is told of each result */
  public BatchListener listener() {
    return listener;
  }

  /**
   * @return the URL every start sends as the task's {@code callback_url} and {@code status_change_callback_url},
   *     whose callbacks reach this client's {@link BrowserAct#webhooks()}; empty (the default) when the batch learns
   *     of ends from its looks alone
   */
  public java.util.Optional<String> callbackUrl() {
    return java.util.Optional.ofNullable(callbackUrl);
  }

  /** @return with callbacks, the longest time between two looks at the tasks (for callbacks that never come) */
  public Duration safetyLookInterval() {
    return safetyLookInterval;
  }

  @Override
  public String toString() {
    // The callback URL ends in a receiver's secret: never shown.
    return "BatchOptions{journal=" + journal + ", results=" + results + ", concurrency=" + concurrency
        + ", retryFailed=" + retryFailed + ", timeout=" + timeout + ", downloadDir=" + downloadDir
        + ", stopOnCancel=" + stopOnCancel + ", callbackUrl=" + (callbackUrl == null ? "none" : "set")
        + ", safetyLookInterval=" + safetyLookInterval + "}";
  }

  /** Builds {@link BatchOptions}; every setter checks its argument at once. */
  public static final class Builder {
    private Path journal;
    private Path results;
    private int concurrency = DEFAULT_CONCURRENCY;
    private int retryFailed;
    private Duration timeout;
    private Path downloadDir;
    private boolean stopOnCancel;
    private BatchListener listener = BatchListener.NONE;
    private Duration reconcileSettle = Duration.ofSeconds(10);
    private Duration outagePatience = Duration.ofMinutes(5);
    private Duration maxWatchInterval = Duration.ofSeconds(10);
    private String callbackUrl;
    private Duration safetyLookInterval = DEFAULT_SAFETY_LOOK_INTERVAL;
    private Clock clock = Clock.systemUTC();
    private Pause pause;

    private Builder() {
    }

    /**
     * @param journal the journal file; an existing one is resumed, a missing one begins a new batch
     * @return this builder
     */
    public Builder journal(Path journal) {
      this.journal = Objects.requireNonNull(journal, "journal == null");
      return this;
    }

    /**
     * @param results the results file (JSON Lines, a line per input, appended as tasks end); null for none
     * @return this builder
     */
    public Builder results(Path results) {
      this.results = results;
      return this;
    }

    /**
     * @param concurrency how many of the batch's tasks may run at once, 1 to 100 (the plan may allow fewer:
     *     the batch then runs as many as it allows)
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 100) {
        throw new IllegalArgumentException("concurrency must be 1 to 100, was " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * @param retryFailed how many more times an input whose task failed is started again, 0 to 10
     * @return this builder
     */
    public Builder retryFailed(int retryFailed) {
      if (retryFailed < 0 || retryFailed > 10) {
        throw new IllegalArgumentException("retryFailed must be 0 to 10, was " + retryFailed);
      }
      this.retryFailed = retryFailed;
      return this;
    }

    /**
     * @param timeout how long the batch may take; when it is up the batch starts nothing more and returns,
     *     leaving running tasks running (a rerun resumes); null for no limit
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * @param downloadDir where each finished task's files go, in a folder named after the task; null for none
     * @return this builder
     */
    public Builder downloadDir(Path downloadDir) {
      this.downloadDir = downloadDir;
      return this;
    }

    /**
     * @param stopOnCancel true to stop the batch's running tasks when it is cancelled; by default they keep
     *     running and a rerun waits for them
     * @return this builder
     */
    public Builder stopOnCancel(boolean stopOnCancel) {
      this.stopOnCancel = stopOnCancel;
      return this;
    }

    /**
     * @param listener told of each start, result and change of the effective concurrency
     * @return this builder
     */
    public Builder listener(BatchListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * @param settle how long after an unanswered start the batch waits before it concludes from the task list
     *     that no task was created (the list may show a new task a little late, and a slow request may create
     *     it after failing); default 10 s
     * @return this builder
     */
    public Builder reconcileSettle(Duration settle) {
      Objects.requireNonNull(settle, "settle == null");
      if (settle.isNegative()) {
        throw new IllegalArgumentException("reconcileSettle must not be negative, was " + settle);
      }
      this.reconcileSettle = settle;
      return this;
    }

    /**
     * @param max the longest pause between two looks at the batch's tasks, 1 s to 5 min; default 10 s
     * @return this builder
     */
    public Builder maxWatchInterval(Duration max) {
      Objects.requireNonNull(max, "max == null");
      if (max.compareTo(Duration.ofSeconds(1)) < 0 || max.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new IllegalArgumentException("maxWatchInterval must be 1 s to 5 min, was " + max);
      }
      this.maxWatchInterval = max;
      return this;
    }

    /**
     * @param patience how long the API may keep failing (no answer, 5xx) before the batch stops with its last
     *     error; meanwhile it starts nothing and keeps watching; default 5 min
     * @return this builder
     */
    public Builder outagePatience(Duration patience) {
      Objects.requireNonNull(patience, "patience == null");
      if (patience.isNegative() || patience.isZero()) {
        throw new IllegalArgumentException("outagePatience must be positive, was " + patience);
      }
      this.outagePatience = patience;
      return this;
    }

    /**
     * Has every start carry {@code url} as the task's {@code callback_url} and {@code status_change_callback_url},
     * and refills a slot as soon as a callback says its task ended (the API refuses a start beyond the plan's
     * limit, so a wrong callback cannot make too many tasks run). Callbacks are unsigned hints: the end itself, its
     * result, is written only from the API's answer, a look at the tasks (a list request) that comes at most every
     * 10 s and confirms every end it sees; a look that finds a hinted task still running gives it its slot back. The callbacks must reach this client's {@link BrowserAct#webhooks()}: give the URL of a
     * {@link WebhookReceiver} ({@link WebhookReceiver#callbackUrl(String)}) or of your own endpoint that hands each
     * body to {@link com.browseract.client.Webhooks#accept(String)}. A look every
     * {@link #safetyLookInterval(Duration)} catches the ends whose callbacks never come (tasks an earlier run
     * started, for one, call back to that run's receiver). Default none: the batch learns of ends from looks alone.
     *
     * <pre>{@code
     * try (WebhookReceiver receiver = WebhookReceiver.start(browserAct.webhooks(), 8080)) {
     *   BatchOptions options = BatchOptions.builder().journal(Path.of("keywords.journal.jsonl"))
     *       .callbackUrl(receiver.callbackUrl("https://hooks.example.com")).build();
     *   browserAct.batches().run(target, inputs, options).summary().join();
     * }
     * }</pre>
     *
     * @param url an absolute http(s) URL of at most 2048 characters, or null for none
     * @return this builder
     * @throws IllegalArgumentException when {@code url} is not such a URL (the message does not repeat it)
     */
    public Builder callbackUrl(String url) {
      WaitOptions.builder().callbackUrl(url).build();
      this.callbackUrl = url;
      return this;
    }

    /**
     * With callbacks, the longest the batch goes without looking at its tasks, so that an end whose callback is lost
     * frees its slot at most this late; each look is one list request. Without callbacks it has no effect.
     *
     * @param interval 1 s to 10 min; default 30 s
     * @return this builder
     */
    public Builder safetyLookInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval == null");
      if (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("safetyLookInterval must be 1 s to 10 min, was " + interval);
      }
      this.safetyLookInterval = interval;
      return this;
    }

    Builder time(Clock clock, Pause pause) {
      this.clock = clock;
      this.pause = pause;
      return this;
    }

    /**
     * @return the options
     * @throws IllegalArgumentException when no journal is set, or the results file is the journal
     */
    public BatchOptions build() {
      if (journal == null) {
        throw new IllegalArgumentException("a batch needs a journal file: it is what makes a rerun safe");
      }
      if (results != null && results.toAbsolutePath().normalize().equals(journal.toAbsolutePath().normalize())) {
        throw new IllegalArgumentException("the results file must not be the journal");
      }
      return new BatchOptions(this);
    }
  }
}
