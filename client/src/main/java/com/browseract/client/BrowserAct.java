package com.browseract.client;

import com.browseract.client.errors.BrowserActException;

/**
 * Client for the BrowserAct REST API: v3 ("Bots": {@link #bots()}, {@link #runs()}) and v2 (workflows and tasks).
 *
 * <p>Build one per application and share it: it is immutable and thread-safe, and all its calls share one
 * OkHttp connection pool and, for asynchronous waits, one small scheduler. Close it when done.
 *
 * <pre>{@code
 * try (BrowserAct browserAct = BrowserAct.fromEnv()) {
 *   Task task = browserAct.tasks().runAndWait(
 *       new RunTaskRequest().workflowId("77638424152140851")
 *           .inputParameters(List.of(new InputParameter().name("keyword").value("laptops"))),
 *       WaitOptions.defaults());
 *   System.out.println(task.getOutput().getString());
 * }
 * }</pre>
 *
 * <p>Operations are grouped as in the API: {@link #tasks()}, {@link #workflows()}, {@link #templates()} and
 * {@link #regions()}. Each has a synchronous form and a {@code CompletableFuture} form. {@link #batches()} runs a
 * workflow over many inputs; {@link #webhooks()} routes BrowserAct's callbacks to waits, so that they return the
 * moment a task ends. Failures are thrown as
 * {@link BrowserActException}s. Settings are in {@link #config()}; the HTTP side is built from them.
 */
public final class BrowserAct implements AutoCloseable {
  /** The production API. */
  public static final String DEFAULT_BASE_URL = ClientConfig.DEFAULT_BASE_URL;

  private final ClientConfig config;
  private final HttpWiring wiring;
  private final AsyncScheduler scheduler;
  private final Transport transport;
  private final boolean owner;
  private final Tasks tasks;
  private final Workflows workflows;
  private final Templates templates;
  private final Regions regions;
  private final Runs runs;
  private final Bots bots;
  private final TaskFiles files;
  private final Webhooks webhooks;
  /** The bots' input schemas, read once: shared by the views of {@link #withOptions(RequestOptions)}. */
  private final InputSchemas schemas;

  BrowserAct(ClientConfig config) {
    this(config, new HttpWiring(config),
        config.scheduler == null ? new AsyncScheduler() : new AsyncScheduler(config.scheduler), RequestOptions.none(),
        true, new Webhooks(), new InputSchemas());
  }

  private BrowserAct(ClientConfig config, HttpWiring wiring, AsyncScheduler scheduler, RequestOptions options,
      boolean owner, Webhooks webhooks, InputSchemas schemas) {
    this.config = config;
    this.schemas = schemas;
    this.webhooks = webhooks;
    this.wiring = wiring;
    this.scheduler = scheduler;
    this.owner = owner;
    this.transport = new Transport(
        new RetryPolicy(config.maxRetries(), config.initialBackoff(), config.maxBackoff(), config.random),
        new ErrorMapper(config.clock), wiring.sendTracker, config.sleeper, scheduler, config.clock, wiring.listeners);
    HttpWiring.Apis apis = wiring.apis(options);
    // One wait engine for both APIs: tasks and runs share the poll queue, the callback routing and the listeners.
    TaskWaiter waiter =
        new TaskWaiter(config.sleeper, config.clock, scheduler, webhooks, wiring.polls).heardBy(wiring.listeners);
    this.tasks = new Tasks(transport, apis.reads, apis.creates, waiter);
    this.workflows = new Workflows(transport, apis.workflows);
    this.templates = new Templates(transport, apis.templates);
    this.regions = new Regions(transport, apis.regions);
    this.runs = new Runs(transport, apis.v3.runs, waiter);
    this.bots = new Bots(transport, apis.v3, runs, waiter, schemas, config.checksRunInput());
    this.files = new TaskFiles(wiring.downloads(), config.clock);
  }

  /** @return a builder; {@link ClientConfig.Builder#apiKey(String)} must be set before building */
  public static ClientConfig.Builder builder() {
    return ClientConfig.builder();
  }

  /**
   * Creates a client from checked settings, such as {@code ClientConfig.builder()...buildConfig()}.
   *
   * @param config the settings
   * @return a new client
   */
  public static BrowserAct create(ClientConfig config) {
    return new BrowserAct(Validation.requireNonNull("config", config));
  }

  /**
   * Builds a client from the environment: {@code BROWSERACT_API_KEY} (required) and
   * {@code BROWSERACT_BASE_URL} (optional, default {@value #DEFAULT_BASE_URL}). To combine the environment with
   * other settings, use {@code BrowserAct.builder().fromEnv()...build()}.
   *
   * @return a new client
   * @throws IllegalArgumentException when {@code BROWSERACT_API_KEY} is unset or blank
   */
  public static BrowserAct fromEnv() {
    return builder().fromEnv().build();
  }

  /** @return this client's settings */
  public ClientConfig config() {
    return config;
  }

  /** @return a builder holding this client's settings, to derive a differently configured client */
  public ClientConfig.Builder toBuilder() {
    return config.toBuilder();
  }

  /**
   * A view of this client whose calls carry {@code options}: extra query parameters and headers, and a listener of
   * raw answers. The view shares this client's connections and threads; closing it does nothing, closing this
   * client ends both.
   *
   * @param options what to add to each call
   * @return the view
   */
  public BrowserAct withOptions(RequestOptions options) {
    Validation.requireNonNull("options", options);
    return new BrowserAct(config, wiring, scheduler, options, false, webhooks, schemas);
  }

  /**
   * Where this client's waits hear their tasks' callbacks: hand it each callback body
   * ({@link Webhooks#accept(String)}), or let a {@link WebhookReceiver} do so. Views made by
   * {@link #withOptions(RequestOptions)} share it.
   *
   * @return the callback router of this client
   */
  public Webhooks webhooks() {
    return webhooks;
  }

  /** @return operations on tasks: run, get, status, list, stop, resume, wait */
  public Tasks tasks() {
    return tasks;
  }

  /**
   * The v3 API ("Bots"): the account's bots and BrowserAct's bot templates, and starting runs of them.
   *
   * @return operations on bots: list, get, run, run a template, run and wait, templates, regions
   */
  public Bots bots() {
    return bots;
  }

  /**
   * The v3 API's runs (what v2 calls tasks).
   *
   * @return operations on runs: get, status, list, cancel, resume, wait
   */
  public Runs runs() {
    return runs;
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

  /**
   * @return batch runs: one workflow or template over many inputs, as many tasks at once as allowed, resumable
   *     after a crash without starting a task twice
   */
  public com.browseract.client.batch.Batches batches() {
    return new com.browseract.client.batch.Batches(this);
  }

  /** @return the base URL requests go to */
  public String baseUrl() {
    return config.baseUrl();
  }

  /**
   * Stops the scheduler of asynchronous waits and, when the client created its own OkHttp client, releases
   * its threads and connections. A caller-supplied {@code OkHttpClient} is left running. Does nothing on a view
   * made by {@link #withOptions(RequestOptions)}.
   */
  @Override
  public void close() {
    if (owner) {
      scheduler.shutdown();
      wiring.close();
    }
  }

  /** For tests: requests whose sending is still being tracked; zero whenever no call is in flight. */
  int requestsTracked() {
    return wiring.sendTracker.pending();
  }

  @Override
  public String toString() {
    return "BrowserAct{baseUrl=" + config.baseUrl() + ", apiKey=██}";
  }
}
