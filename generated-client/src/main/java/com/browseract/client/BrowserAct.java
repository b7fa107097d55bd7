package com.browseract.client;

import com.browseract.client.api.RegionsApi;
import com.browseract.client.api.TasksApi;
import com.browseract.client.api.WorkflowTemplatesApi;
import com.browseract.client.api.WorkflowsApi;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Client for the BrowserAct REST API v2.
 *
 * <p>Build one per application and share it: it is immutable and thread-safe, and all its calls share one
 * OkHttp connection pool and, for asynchronous waits, one small scheduler. Close it when done.
 *
 * <pre>{@code
 * try (BrowserAct browserAct = BrowserAct.fromEnv()) {
 *   WorkflowTaskResponse task = browserAct.tasks().runAndWait(
 *       new RunWorkflowTaskRequest().workflowId("77638424152140851")
 *           .inputParameters(List.of(new InputParamItemDto().name("keyword").value("laptops"))),
 *       WaitOptions.defaults());
 *   System.out.println(task.getOutput().getString());
 * }
 * }</pre>
 *
 * <p>Operations are grouped as in the API: {@link #tasks()}, {@link #workflows()}, {@link #templates()} and
 * {@link #regions()}. Each has a synchronous form and a {@code CompletableFuture} form. Failures are thrown as
 * {@link BrowserActException}s.
 */
public final class BrowserAct implements AutoCloseable {
  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://api.browseract.com";
  static final String ENV_API_KEY = "BROWSERACT_API_KEY";
  static final String ENV_BASE_URL = "BROWSERACT_BASE_URL";

  private final Builder config;
  private final OkHttpClient apiClient;
  private final boolean ownsHttpClient;
  private final Scheduler scheduler;
  private final Tasks tasks;
  private final Workflows workflows;
  private final Templates templates;
  private final Regions regions;
  private final TaskFiles files;

  private BrowserAct(Builder builder) {
    this.config = builder.copy();
    this.ownsHttpClient = builder.okHttpClient == null;
    OkHttpClient base = ownsHttpClient ? defaultHttpClient(builder.maxConcurrentRequests) : builder.okHttpClient;
    SendTracker sendTracker = new SendTracker();
    this.apiClient = base.newBuilder()
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .callTimeout(builder.callTimeout)
        .addInterceptor(new AuthInterceptor(builder.apiKey, userAgent(builder.userAgentSuffix)))
        .addInterceptor(new SuccessEnvelopeCheck())
        .addNetworkInterceptor(sendTracker)
        .build();
    // OkHttp may silently resend a request after a connection failure; never for calls that start a task.
    OkHttpClient createClient = apiClient.newBuilder().retryOnConnectionFailure(false).build();
    this.scheduler = new Scheduler();
    Transport transport = new Transport(
        new RetryPolicy(builder.maxRetries, builder.initialBackoff, builder.maxBackoff, builder.random),
        new ErrorMapper(builder.clock), sendTracker, builder.sleeper, scheduler::get);
    Retrofit reads = retrofit(apiClient, builder.baseUrl);
    Retrofit creates = retrofit(createClient, builder.baseUrl);
    this.tasks = new Tasks(transport, reads.create(TasksApi.class), creates.create(TasksApi.class),
        new TaskWaiter(builder.sleeper, builder.clock, scheduler::get));
    this.workflows = new Workflows(transport, reads.create(WorkflowsApi.class));
    this.templates = new Templates(transport, reads.create(WorkflowTemplatesApi.class));
    this.regions = new Regions(transport, reads.create(RegionsApi.class));
    this.files = new TaskFiles(base.newBuilder().readTimeout(builder.readTimeout).build(), builder.clock);
  }

  /** @return a builder; {@link Builder#apiKey(String)} must be set before {@link Builder#build()} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the environment: {@code BROWSERACT_API_KEY} (required) and
   * {@code BROWSERACT_BASE_URL} (optional, default {@value #DEFAULT_BASE_URL}).
   *
   * @return a new client
   * @throws IllegalStateException when {@code BROWSERACT_API_KEY} is unset or blank
   */
  public static BrowserAct fromEnv() {
    return fromEnv(System.getenv()).build();
  }

  static Builder fromEnv(Map<String, String> env) {
    String key = env.get(ENV_API_KEY);
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(ENV_API_KEY + " is not set: export your BrowserAct API key in it");
    }
    Builder builder = builder().apiKey(key);
    String baseUrl = env.get(ENV_BASE_URL);
    if (baseUrl != null && !baseUrl.isBlank()) {
      builder.baseUrl(baseUrl.trim());
    }
    return builder;
  }

  /** @return a builder holding this client's settings, to derive a differently configured client */
  public Builder toBuilder() {
    return config.copy();
  }

  /** @return operations on tasks: run, get, status, list, stop, resume, wait */
  public Tasks tasks() {
    return tasks;
  }

  /** @return operations on the account's workflows */
  public Workflows workflows() {
    return workflows;
  }

  /** @return operations on BrowserAct's official workflow templates */
  public Templates templates() {
    return templates;
  }

  /** @return the proxy regions operation */
  public Regions regions() {
    return regions;
  }

  /** @return helpers to download the files a task produced */
  public TaskFiles files() {
    return files;
  }

  /** @return the base URL requests go to */
  public String baseUrl() {
    return config.baseUrl;
  }

  /**
   * Stops the scheduler of asynchronous waits and, when the client created its own OkHttp client, releases
   * its threads and connections. A caller-supplied {@code OkHttpClient} is left running.
   */
  @Override
  public void close() {
    scheduler.shutdown();
    if (ownsHttpClient) {
      apiClient.dispatcher().executorService().shutdown();
      apiClient.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "BrowserAct{baseUrl=" + config.baseUrl + ", apiKey=██}";
  }

  /**
   * OkHttp blocks a thread per request in flight, and its default dispatcher starts up to 64 of them. A fixed,
   * small pool bounds the client's threads however many asynchronous calls and waits are pending; the
   * dispatcher queues the rest.
   */
  private static OkHttpClient defaultHttpClient(int maxConcurrentRequests) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(maxConcurrentRequests, maxConcurrentRequests, 60,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "browseract-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    executor.allowCoreThreadTimeOut(true);
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(maxConcurrentRequests);
    dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
    return new OkHttpClient.Builder().dispatcher(dispatcher).build();
  }

  private static Retrofit retrofit(OkHttpClient client, String baseUrl) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
        .client(client)
        .addConverterFactory(new ParseGuardConverterFactory(MoshiConverterFactory.create(Json.MOSHI)))
        .build();
  }

  static String userAgent(String suffix) {
    String version = BrowserAct.class.getPackage().getImplementationVersion();
    String agent = "browseract-java/" + (version == null ? "dev" : version);
    return suffix == null || suffix.isBlank() ? agent : agent + " " + suffix.trim();
  }

  /** One lazily started daemon thread that drives all asynchronous retries and waits of a client. */
  private static final class Scheduler {
    private ScheduledExecutorService executor;
    private boolean shutdown;

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

  /**
   * Settings of a {@link BrowserAct} client. Only the API key is required; every other setting has the
   * default stated on its method. {@link #build()} checks them all.
   */
  public static final class Builder {
    private String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
    private int maxRetries = 2;
    private int maxConcurrentRequests = 8;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private OkHttpClient okHttpClient;
    private String userAgentSuffix;
    private boolean allowInsecureHttp;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    Builder() {
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.apiKey = apiKey;
      copy.baseUrl = baseUrl;
      copy.connectTimeout = connectTimeout;
      copy.readTimeout = readTimeout;
      copy.callTimeout = callTimeout;
      copy.maxRetries = maxRetries;
      copy.maxConcurrentRequests = maxConcurrentRequests;
      copy.initialBackoff = initialBackoff;
      copy.maxBackoff = maxBackoff;
      copy.okHttpClient = okHttpClient;
      copy.userAgentSuffix = userAgentSuffix;
      copy.allowInsecureHttp = allowInsecureHttp;
      copy.sleeper = sleeper;
      copy.clock = clock;
      copy.random = random;
      return copy;
    }

    /**
     * Required. The account's API key, sent as a bearer token. It never appears in logs, messages or
     * {@code toString()}.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Where the API is; default {@value BrowserAct#DEFAULT_BASE_URL}. Plain {@code http://} is accepted only
     * for loopback hosts unless {@link #allowInsecureHttp(boolean)} is set.
     *
     * @param baseUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /**
     * Time allowed to open a connection; default 10 s.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout == null");
      return this;
    }

    /**
     * Longest silence allowed while reading an answer; default 30 s.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "readTimeout == null");
      return this;
    }

    /**
     * Time allowed for one whole attempt of a call; default none ({@link Duration#ZERO}): connecting is bounded by
     * {@link #connectTimeout(Duration)} and every read by {@link #readTimeout(Duration)}. A limit costs each call
     * a wake-up of OkHttp's timeout thread, so set one only where a slowly trickling answer must be cut short.
     *
     * @param timeout a duration, zero or positive
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "callTimeout == null");
      return this;
    }

    /**
     * How many times a failed call is tried again when that is safe; default 2, zero turns retries off.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Ceiling of the first backoff wait; default 500 ms. It doubles per retry up to {@link #maxBackoff}.
     *
     * @param initialBackoff a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff == null");
      return this;
    }

    /**
     * Largest backoff wait; default 8 s.
     *
     * @param maxBackoff a positive duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff == null");
      return this;
    }

    /**
     * How many requests of asynchronous calls ({@code ...Async} methods, {@code waitForAsync}) may be in flight
     * at once; default 8. The rest wait in a queue. Each request in flight holds one of the client's HTTP
     * threads, so this is also how many such threads it starts, and asynchronous throughput is about this
     * many requests per round trip: raise it for many concurrent waits over a slow link. Not used when an
     * {@link #okHttpClient(OkHttpClient)} is given: its dispatcher decides.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was " + max);
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /**
     * An OkHttp client to share its connection pool, dispatcher, proxy and TLS settings; default: one of the
     * SDK's own. The SDK adds its interceptors to a derived client and never shuts this one down.
     *
     * @param okHttpClient the client to build on
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /**
     * Text appended to the {@code User-Agent} header, such as {@code "my-service/1.2"}; default none.
     *
     * @param suffix the text to append
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * Allows a plain {@code http://} base URL on a host other than loopback; default false, since the API
     * key would cross the network in clear text.
     *
     * @param allow true to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    /**
     * Checks the settings and creates the client.
     *
     * @return a new client
     * @throws IllegalArgumentException when a setting is missing or out of range; the message names it
     */
    public BrowserAct build() {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must be set: pass your BrowserAct API key to "
            + "BrowserAct.builder().apiKey(...) or export " + ENV_API_KEY);
      }
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
      }
      if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
        throw new IllegalArgumentException("baseUrl uses plain http to " + url.host()
            + ", which would send the API key unencrypted: use https, or allowInsecureHttp(true)");
      }
      requirePositive("connectTimeout", connectTimeout);
      requirePositive("readTimeout", readTimeout);
      requirePositive("initialBackoff", initialBackoff);
      requirePositive("maxBackoff", maxBackoff);
      if (callTimeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout must not be negative, was " + callTimeout);
      }
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
      }
      return new BrowserAct(this);
    }

    private static void requirePositive(String name, Duration value) {
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
    }

    private static boolean isLoopback(String host) {
      if ("localhost".equalsIgnoreCase(host)) {
        return true;
      }
      if (!host.matches("[0-9.]+") && !host.contains(":")) {
        return false; // a name other than localhost: do not resolve it just to decide
      }
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }

    @Override
    public String toString() {
      return "BrowserAct.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "██") + "}";
    }
  }
}
