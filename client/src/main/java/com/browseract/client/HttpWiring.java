package com.browseract.client;

import com.browseract.client.internal.api.RegionsApi;
import com.browseract.client.internal.api.TasksApi;
import com.browseract.client.internal.api.WorkflowTemplatesApi;
import com.browseract.client.internal.api.WorkflowsApi;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The HTTP side of a client: the OkHttp clients (one for reads, one that never silently resends, one for
 * downloads), the Retrofit instances on them, the generated API interfaces, and the queue of the waits' requests.
 */
final class HttpWiring {
  final SendTracker sendTracker = new SendTracker();
  /** The settings' {@link ClientListener}s, shared by the client's views. */
  final Listeners listeners;
  /** The asynchronous waits' requests, no more at once than the dispatcher runs to one host. */
  final PollQueue polls;
  private final ClientConfig config;
  private final boolean ownsHttpClient;
  private final OkHttpClient base;
  private final OkHttpClient apiClient;

  HttpWiring(ClientConfig config) {
    this.config = config;
    this.listeners = new Listeners(config.listeners());
    this.ownsHttpClient = config.okHttpClient().isEmpty();
    OkHttpClient given = config.okHttpClient().orElseGet(() -> defaultHttpClient(config.maxConcurrentRequests()));
    this.base = config.proxy().map(proxy -> ProxyWiring.apply(proxy, given)).orElse(given);
    // API calls never follow a redirect: OkHttp would send a start again on its own (307/308), and a 3xx is not
    // how the API answers (ErrorMapper reports it). File downloads, on their own client, still follow them.
    this.apiClient = base.newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .callTimeout(config.callTimeout())
        .addInterceptor(new AuthInterceptor(config.apiKey, userAgent(config.userAgentSuffix().orElse(null))))
        .addInterceptor(new SuccessEnvelopeCheck())
        .addNetworkInterceptor(sendTracker)
        .addNetworkInterceptor(RetryAfterGuard.HIDE)
        .build();
    Dispatcher dispatcher = apiClient.dispatcher();
    this.polls = new PollQueue(Math.min(dispatcher.getMaxRequests(), dispatcher.getMaxRequestsPerHost()));
  }

  /** The generated interfaces, bound to one set of {@link RequestOptions}. */
  static final class Apis {
    final TasksApi reads;
    final TasksApi creates;
    final WorkflowsApi workflows;
    final WorkflowTemplatesApi templates;
    final RegionsApi regions;
    final V3 v3;

    private Apis(Retrofit readRetrofit, Retrofit createRetrofit) {
      this.reads = readRetrofit.create(TasksApi.class);
      this.creates = createRetrofit.create(TasksApi.class);
      this.workflows = readRetrofit.create(WorkflowsApi.class);
      this.templates = readRetrofit.create(WorkflowTemplatesApi.class);
      this.regions = readRetrofit.create(RegionsApi.class);
      this.v3 = new V3(readRetrofit, createRetrofit);
    }
  }

  /**
   * v3's generated interfaces. Both starts go through {@code runs} of the creating client: the document tags
   * createTemplateRun with two groups, so the generator emits it in {@code BotTemplatesApi} too; that copy is
   * unused, so that every start shares the one client that never silently resends.
   */
  static final class V3 {
    final com.browseract.client.internal.v3.api.TasksApi runs;
    final com.browseract.client.internal.v3.api.TasksApi starts;
    final com.browseract.client.internal.v3.api.BotsApi bots;
    final com.browseract.client.internal.v3.api.BotTemplatesApi templates;
    final com.browseract.client.internal.v3.api.RegionsApi regions;

    private V3(Retrofit readRetrofit, Retrofit createRetrofit) {
      this.runs = readRetrofit.create(com.browseract.client.internal.v3.api.TasksApi.class);
      this.starts = createRetrofit.create(com.browseract.client.internal.v3.api.TasksApi.class);
      this.bots = readRetrofit.create(com.browseract.client.internal.v3.api.BotsApi.class);
      this.templates = readRetrofit.create(com.browseract.client.internal.v3.api.BotTemplatesApi.class);
      this.regions = readRetrofit.create(com.browseract.client.internal.v3.api.RegionsApi.class);
    }
  }

  Apis apis(RequestOptions options) {
    OkHttpClient.Builder builder = apiClient.newBuilder();
    if (!options.isEmpty()) {
      builder.addInterceptor(new RequestOptionsInterceptor(options));
    }
    if (config.logLevel() != LogLevel.OFF) {
      builder.addInterceptor(new HttpLog(config.logLevel(), config.apiKey, sendTracker, config.logSink));
    }
    options.callTimeout().ifPresent(builder::callTimeout);
    OkHttpClient reads = builder.addInterceptor(RetryAfterGuard.RESTORE).build();
    // OkHttp may silently resend a request after a connection failure; never for calls that start a task.
    OkHttpClient creates = reads.newBuilder().retryOnConnectionFailure(false).build();
    return new Apis(retrofit(reads), retrofit(creates));
  }

  OkHttpClient downloads() {
    return base.newBuilder().readTimeout(config.readTimeout()).build();
  }

  /** Releases the threads and connections of an OkHttp client the SDK created; leaves a caller's alone. */
  void close() {
    if (ownsHttpClient) {
      apiClient.dispatcher().executorService().shutdown();
      apiClient.connectionPool().evictAll();
    }
  }

  private Retrofit retrofit(OkHttpClient client) {
    String baseUrl = config.baseUrl();
    return new Retrofit.Builder()
        .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
        .client(client)
        .addConverterFactory(new ParseGuardConverterFactory(MoshiConverterFactory.create(Json.MOSHI)))
        .build();
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

  static String userAgent(String suffix) {
    String version = HttpWiring.class.getPackage().getImplementationVersion();
    String agent = "browseract-java/" + (version == null ? "dev" : version);
    return suffix == null || suffix.isBlank() ? agent : agent + " " + suffix.trim();
  }
}
