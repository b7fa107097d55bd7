package com.browseract.client;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings of a {@link BrowserAct} client: immutable, checked when built, never showing the API key.
 *
 * <p>Build a client with {@link BrowserAct#builder()} (or {@link #builder()}); derive a differently configured one
 * with {@link #toBuilder()}:
 *
 * <pre>{@code
 * BrowserAct patient = BrowserAct.builder().fromEnv().maxRetries(5).build();
 * BrowserAct quick = patient.config().toBuilder().readTimeout(Duration.ofSeconds(5)).build();
 * }</pre>
 */
public final class ClientConfig {
  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://api.browseract.com";
  static final String ENV_API_KEY = "BROWSERACT_API_KEY";
  static final String ENV_BASE_URL = "BROWSERACT_BASE_URL";
  static final String ENV_LOG = "BROWSERACT_LOG";

  final String apiKey;
  private final String baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final int maxRetries;
  private final int maxConcurrentRequests;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final OkHttpClient okHttpClient;
  private final String userAgentSuffix;
  private final boolean allowInsecureHttp;
  private final boolean checkRunInput;
  private final List<ClientListener> listeners;
  private final LogLevel logLevel;
  final Consumer<String> logSink;
  private final ProxySettings proxy;
  final Sleeper sleeper;
  final Clock clock;
  final DoubleSupplier random;
  final ScheduledExecutorService scheduler;

  private ClientConfig(Builder builder) {
    this.apiKey = builder.apiKey;
    this.baseUrl = builder.baseUrl;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.callTimeout = builder.callTimeout;
    this.maxRetries = builder.maxRetries;
    this.maxConcurrentRequests = builder.maxConcurrentRequests;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.okHttpClient = builder.okHttpClient;
    this.userAgentSuffix = builder.userAgentSuffix;
    this.allowInsecureHttp = builder.allowInsecureHttp;
    this.checkRunInput = builder.checkRunInput;
    this.listeners = List.copyOf(builder.listeners);
    this.logLevel = builder.logLevel;
    this.logSink = builder.logSink;
    this.proxy = builder.proxy;
    this.sleeper = builder.sleeper;
    this.clock = builder.clock;
    this.random = builder.random;
    this.scheduler = builder.scheduler;
  }

  /** @return a builder with every default; {@link Builder#apiKey(String)} must be set before building */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these settings, API key included */
  public Builder toBuilder() {
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
    copy.checkRunInput = checkRunInput;
    copy.listeners.addAll(listeners);
    copy.logLevel = logLevel;
    copy.logSink = logSink;
    copy.proxy = proxy;
    copy.sleeper = sleeper;
    copy.clock = clock;
    copy.random = random;
    copy.scheduler = scheduler;
    return copy;
  }

  /** @return whether a v3 run's input is checked against its bot's {@code input_schema} before it is sent */
  public boolean checksRunInput() {
    return checkRunInput;
  }

  /** @return where requests go */
  public String baseUrl() {
    return baseUrl;
  }

  /** @return the time allowed to open a connection */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** @return the longest silence allowed while reading an answer */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** @return the time allowed for one whole attempt; zero for none */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** @return how many times a failed call is tried again when that is safe */
  public int maxRetries() {
    return maxRetries;
  }

  /** @return how many asynchronous requests may be in flight at once */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /** @return the ceiling of the first backoff wait */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** @return the largest backoff wait */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** @return the caller's OkHttp client the SDK builds on, if one was given */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /** @return the text appended to the {@code User-Agent} header, if any */
  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /** @return whether plain http is allowed off loopback */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** @return what the client logs of each request: {@link LogLevel#OFF} unless set, or asked by BROWSERACT_LOG */
  public LogLevel logLevel() {
    return logLevel;
  }

  /** @return the proxy requests go through, if one was set */
  public Optional<ProxySettings> proxy() {
    return Optional.ofNullable(proxy);
  }

  /** @return the listeners that hear every call, wait and batch of the client, in the order they were added */
  public List<ClientListener> listeners() {
    return listeners;
  }

  @Override
  public String toString() {
    return "ClientConfig{baseUrl=" + baseUrl + ", apiKey=██, maxRetries=" + maxRetries + ", readTimeout="
        + readTimeout + (proxy == null ? "" : ", proxy=" + proxy) + "}";
  }

  /**
   * Settings of a client. Only the API key is required; every other setting has the default stated on its
   * method. {@link #build()} checks them all and creates the client.
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
    private boolean checkRunInput = true;
    private final List<ClientListener> listeners = new ArrayList<>();
    private LogLevel logLevel;
    private Consumer<String> logSink;
    private Map<String, String> environment;
    private ProxySettings proxy;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private ScheduledExecutorService scheduler;

    Builder() {
    }

    /**
     * Takes the API key from {@code BROWSERACT_API_KEY} and the base URL from {@code BROWSERACT_BASE_URL}, each
     * when set; call other setters afterwards to override.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    Builder fromEnv(Map<String, String> env) {
      this.environment = env;
      String key = env.get(ENV_API_KEY);
      if (key != null && !key.isBlank()) {
        apiKey(key.trim());
      }
      String url = env.get(ENV_BASE_URL);
      if (url != null && !url.isBlank()) {
        baseUrl(url.trim());
      }
      return this;
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
     * Where the API is; default {@value ClientConfig#DEFAULT_BASE_URL}. Plain {@code http://} is accepted only for
     * loopback hosts unless {@link #allowInsecureHttp(boolean)} is set.
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
     * many requests per round trip: raise it for many concurrent waits over a slow link. Asynchronous waits hand
     * OkHttp no more requests than this and keep the rest in a queue of their own, where the read of a task that
     * has ended goes ahead of the polls. Not used when an {@link #okHttpClient(OkHttpClient)} is given: its
     * dispatcher decides, and waits keep to its limit per host.
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
     * Whether a v3 run's input is checked against its bot's (or template's) {@code input_schema} before it is sent,
     * the schema read once per bot and kept for the client's life; default true. A mismatch is an
     * {@link IllegalArgumentException} naming the field, and nothing is sent. One start can opt out with
     * {@link RunOptions#withoutInputCheck()}.
     *
     * @param check false to send inputs unchecked (BrowserAct still checks them)
     * @return this builder
     */
    public Builder checkRunInput(boolean check) {
      this.checkRunInput = check;
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

    /**
     * Adds a listener that hears every API call (attempts, retry waits, outcome), every wait and every batch of the
     * client and its views: the hook for metrics and tracing (the {@code browseract-client-opentelemetry} artifact
     * plugs in here). Default: none. Listeners are called in the order added; one that throws is logged and never
     * breaks a call.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(ClientListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * What the client logs of each request, through SLF4J (logger {@code com.browseract.client.http}, level INFO):
     * {@link LogLevel#INFO} one line per request and per answer, {@link LogLevel#DEBUG} with their bodies cut to a
     * bounded size, {@link LogLevel#OFF} nothing. Never a header, never the API key. Default: the environment
     * variable {@code BROWSERACT_LOG} ({@code info}, {@code debug}; read when the settings are built, whether or not
     * {@link #fromEnv()} was called, as openai-java reads {@code OPENAI_LOG}), else off. Set here, it wins over the
     * variable.
     *
     * @param level the level
     * @return this builder
     */
    public Builder logLevel(LogLevel level) {
      this.logLevel = Objects.requireNonNull(level, "logLevel == null");
      return this;
    }

    /**
     * A proxy for every request of the client, file downloads included: HTTP or SOCKS, with optional credentials and
     * hosts reached directly ({@link ProxySettings}). Default: none, or whatever the {@link #okHttpClient} given
     * uses; set here, it replaces that client's proxy. The SDK reads no proxy variable itself (the CLI does).
     *
     * @param proxy the proxy, or null for none
     * @return this builder
     */
    public Builder proxy(ProxySettings proxy) {
      this.proxy = proxy;
      return this;
    }

    /** For tests: where the request log's lines go instead of SLF4J. */
    Builder logSink(Consumer<String> sink) {
      this.logSink = sink;
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

    Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = scheduler;
      return this;
    }

    /**
     * Checks the settings and creates the client.
     *
     * @return a new client
     * @throws IllegalArgumentException when a setting is missing or out of range; the message names it
     */
    public BrowserAct build() {
      return new BrowserAct(buildConfig());
    }

    /**
     * Checks the settings and returns them, without creating a client.
     *
     * @return the settings
     * @throws IllegalArgumentException when a setting is missing or out of range; the message names it
     */
    public ClientConfig buildConfig() {
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
      if (logLevel == null) {
        logLevel = logLevelFromEnvironment(environment != null ? environment : System.getenv());
      }
      return new ClientConfig(this);
    }

    /** {@code BROWSERACT_LOG}; a value it does not know is reported once and read as off, never failing a client. */
    private static LogLevel logLevelFromEnvironment(Map<String, String> env) {
      String value = env.get(ENV_LOG);
      LogLevel level = LogLevel.parse(value);
      if (level == null) {
        org.slf4j.LoggerFactory.getLogger("com.browseract.client").warn(
            "{}={} is not a log level (info, debug or off): request logging stays off", ENV_LOG, value);
        return LogLevel.OFF;
      }
      return level;
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
      return "ClientConfig.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "██") + "}";
    }
  }
}
