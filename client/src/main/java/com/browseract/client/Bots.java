package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.internal.v3.api.BotsApi;
import com.browseract.client.internal.v3.api.RegionsApi;
import com.browseract.client.internal.v3.api.TasksApi;
import com.browseract.client.v3.model.Bot;
import com.browseract.client.v3.model.BotSummary;
import com.browseract.client.v3.model.BotTemplate;
import com.browseract.client.v3.model.CreateRunRequest;
import com.browseract.client.v3.model.CreateTemplateRunRequest;
import com.browseract.client.v3.model.Region;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.StartedRun;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's bots (v3, the API's "Bots" version): list them, read one with its input and output schemas, start
 * runs of a bot or of an official template, and start-and-wait. Every operation has a synchronous form and an
 * {@code ...Async} form; both check their arguments before anything is sent.
 *
 * <pre>{@code
 * Run run = browserAct.bots().runAndWait("88111222333444555", Map.of("keyword", "laptops"), WaitOptions.defaults());
 * Product[] products = RunOutputs.read(run, Product[].class);
 * }</pre>
 *
 * <p>A run's input is a {@code Map} or any object Moshi can write as a JSON object. Before a start is sent, the
 * input is checked against the bot's (or template's) {@code input_schema}, read once per client: a mismatch is an
 * {@link IllegalArgumentException} naming the field, and nothing is sent (opt out with
 * {@link RunOptions#withoutInputCheck()} or {@link ClientConfig.Builder#checkRunInput(boolean)}). A start is never resent after
 * the request may have reached the server, since that could start a second run; reads are retried as configured.
 */
public final class Bots {
  private final Transport transport;
  private final BotsApi api;
  private final TasksApi starts;
  private final RegionsApi regionsApi;
  private final BotTemplates templates;
  private final Runs runs;
  private final TaskWaiter waiter;
  private final InputSchemas schemas;
  private final boolean checkingInputs;

  Bots(Transport transport, HttpWiring.V3 apis, Runs runs, TaskWaiter waiter, InputSchemas schemas,
      boolean checkingInputs) {
    this.transport = transport;
    this.api = apis.bots;
    this.starts = apis.starts;
    this.regionsApi = apis.regions;
    this.templates = new BotTemplates(transport, apis.templates);
    this.runs = runs;
    this.waiter = waiter;
    this.schemas = schemas;
    this.checkingInputs = checkingInputs;
  }

  /** @return BrowserAct's official bot templates */
  public BotTemplates templates() {
    return templates;
  }

  /**
   * Lists one page of bots ({@code GET /v3/bots}).
   *
   * @param params filters and paging; {@link BotListParams#all()} for every bot
   * @return the page
   */
  public Page<BotSummary> list(BotListParams params) {
    return transport.execute(listCall(params));
  }

  /**
   * Asynchronous form of {@link #list(BotListParams)}.
   *
   * @param params filters and paging
   * @return the page
   */
  public CompletableFuture<Page<BotSummary>> listAsync(BotListParams params) {
    return transport.executeAsync(listCall(params));
  }

  /**
   * Every bot matching the filters, fetched page by page as iteration goes; the page of {@code params} is ignored.
   *
   * @param params filters and page size
   * @return a lazy iterable
   */
  public PagedIterable<BotSummary> listAll(BotListParams params) {
    Validation.requireNonNull("params", params);
    return new PagedIterable<>(page -> list(params.withPage(page)));
  }

  private ApiCall<?, Page<BotSummary>> listCall(BotListParams params) {
    Validation.requireNonNull("params", params);
    return ApiCall.of(Operation.PAGE_BOTS, () -> api.pageBots(params.query()))
        .reading(body -> Page.of(body.getItems(), body.getPage(), body.getLimit(), body.getTotalPages(),
            body.getTotalCount()));
  }

  /**
   * Reads one bot ({@code GET /v3/bots/{bot_id}}), with its {@code input_schema} and {@code output_schema}.
   *
   * @param botId the bot's id
   * @return the bot
   * @throws com.browseract.client.errors.NotFoundException when the bot does not exist or is not visible (10111)
   */
  public Bot get(String botId) {
    return transport.execute(getCall(botId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param botId the bot's id
   * @return the bot
   */
  public CompletableFuture<Bot> getAsync(String botId) {
    return transport.executeAsync(getCall(botId));
  }

  private ApiCall<Bot, Bot> getCall(String botId) {
    Validation.requireId("bot_id", botId);
    return ApiCall.of(Operation.QUERY_BOT, () -> api.queryBot(botId));
  }

  /**
   * Lists the proxy regions a template run may use ({@code GET /v3/bots/regions}).
   *
   * @return the regions, never null
   */
  public List<Region> regions() {
    return transport.execute(regionsCall());
  }

  /**
   * Asynchronous form of {@link #regions()}.
   *
   * @return the regions
   */
  public CompletableFuture<List<Region>> regionsAsync() {
    return transport.executeAsync(regionsCall());
  }

  private ApiCall<List<Region>, List<Region>> regionsCall() {
    return ApiCall.of(Operation.LIST_REGIONS, regionsApi::listRegions).requiring(regions -> null)
        .reading(regions -> regions == null ? List.of() : regions);
  }

  /**
   * Starts a run of a bot ({@code POST /v3/bots/{bot_id}/runs}).
   *
   * @param botId the bot's id
   * @param input the run's input: a {@code Map}, or an object Moshi writes as a JSON object
   * @return the new run's id and status
   * @throws IllegalArgumentException when an argument is invalid; nothing is sent
   * @throws com.browseract.client.errors.ConcurrencyLimitException when the plan already runs as many tasks as it
   *     allows; no run was created
   */
  public StartedRun run(String botId, Object input) {
    return run(botId, new CreateRunRequest().input(RunInputs.toObject(input)), RunOptions.defaults());
  }

  /**
   * Starts a run of a bot with every field of the request (callback URLs) and start options.
   *
   * @param botId the bot's id
   * @param request the input and callback URLs; {@code input} is required
   * @param options how to start, e.g. {@link RunOptions#waitForSlot(java.time.Duration)}
   * @return the new run
   */
  public StartedRun run(String botId, CreateRunRequest request, RunOptions options) {
    CreateRunRequest snapshot = runSnapshot(botId, request, options);
    if (checksInput(options)) {
      schemas.check("bot " + botId, snapshot.getInput(), () -> get(botId).getInputSchema());
    }
    return transport.execute(runCall(botId, snapshot, options));
  }

  /**
   * Asynchronous form of {@link #run(String, Object)}.
   *
   * @param botId the bot's id
   * @param input the run's input
   * @return the new run, or a future failed with a {@link BrowserActException}
   */
  public CompletableFuture<StartedRun> runAsync(String botId, Object input) {
    return runAsync(botId, new CreateRunRequest().input(RunInputs.toObject(input)), RunOptions.defaults());
  }

  /**
   * Asynchronous form of {@link #run(String, CreateRunRequest, RunOptions)}; no thread waits for a slot.
   *
   * @param botId the bot's id
   * @param request the input and callback URLs
   * @param options how to start
   * @return the new run
   */
  public CompletableFuture<StartedRun> runAsync(String botId, CreateRunRequest request, RunOptions options) {
    CreateRunRequest snapshot = runSnapshot(botId, request, options);
    ApiCall<StartedRun, StartedRun> call = runCall(botId, snapshot, options);
    if (!checksInput(options)) {
      return transport.executeAsync(call);
    }
    return Futures.compose(schemas.checkAsync("bot " + botId, snapshot.getInput(),
        () -> getAsync(botId).thenApply(Bot::getInputSchema)), checked -> transport.executeAsync(call));
  }

  /** The request is copied now: what is checked, sent, and sent again on a retry, is what the caller passed. */
  private static CreateRunRequest runSnapshot(String botId, CreateRunRequest request, RunOptions options) {
    Validation.requireId("bot_id", botId);
    Validation.requireNonNull("request", request);
    Validation.requireNonNull("options", options);
    CreateRunRequest snapshot = Json.copy(request, CreateRunRequest.class)
        .input(RunInputs.toObject(request.getInput()));
    Validation.callbackUrls(snapshot.getCallbackUrl(), snapshot.getStatusChangeCallbackUrl());
    return snapshot;
  }

  private boolean checksInput(RunOptions options) {
    return checkingInputs && options.checksInput();
  }

  private ApiCall<StartedRun, StartedRun> runCall(String botId, CreateRunRequest snapshot, RunOptions options) {
    return ApiCall.of(Operation.CREATE_RUN, () -> starts.createRun(botId, snapshot)).requiring(Bots::missingId)
        .startingAs(options);
  }

  /**
   * Starts a run of an official template ({@code POST /v3/bots/templates/{template_id}/runs}).
   *
   * @param templateId the template's id
   * @param input the run's input: a {@code Map}, or an object Moshi writes as a JSON object
   * @return the new run
   * @throws IllegalArgumentException when an argument is invalid; nothing is sent
   */
  public StartedRun runTemplate(String templateId, Object input) {
    return runTemplate(templateId, new CreateTemplateRunRequest().input(RunInputs.toObject(input)),
        RunOptions.defaults());
  }

  /**
   * Starts a run of an official template with every field of the request ({@code proxy_region}, callback URLs).
   *
   * @param templateId the template's id
   * @param request the input, proxy region and callback URLs; {@code input} is required
   * @param options how to start
   * @return the new run
   */
  public StartedRun runTemplate(String templateId, CreateTemplateRunRequest request, RunOptions options) {
    CreateTemplateRunRequest snapshot = templateSnapshot(templateId, request, options);
    if (checksInput(options)) {
      schemas.check("bot template " + templateId, snapshot.getInput(),
          () -> templates.get(templateId).getInputSchema());
    }
    return transport.execute(runTemplateCall(templateId, snapshot, options));
  }

  /**
   * Asynchronous form of {@link #runTemplate(String, Object)}.
   *
   * @param templateId the template's id
   * @param input the run's input
   * @return the new run
   */
  public CompletableFuture<StartedRun> runTemplateAsync(String templateId, Object input) {
    return runTemplateAsync(templateId, new CreateTemplateRunRequest().input(RunInputs.toObject(input)),
        RunOptions.defaults());
  }

  /**
   * Asynchronous form of {@link #runTemplate(String, CreateTemplateRunRequest, RunOptions)}.
   *
   * @param templateId the template's id
   * @param request the input, proxy region and callback URLs
   * @param options how to start
   * @return the new run
   */
  public CompletableFuture<StartedRun> runTemplateAsync(String templateId, CreateTemplateRunRequest request,
      RunOptions options) {
    CreateTemplateRunRequest snapshot = templateSnapshot(templateId, request, options);
    ApiCall<StartedRun, StartedRun> call = runTemplateCall(templateId, snapshot, options);
    if (!checksInput(options)) {
      return transport.executeAsync(call);
    }
    return Futures.compose(schemas.checkAsync("bot template " + templateId, snapshot.getInput(),
        () -> templates.getAsync(templateId).thenApply(BotTemplate::getInputSchema)),
        checked -> transport.executeAsync(call));
  }

  private static CreateTemplateRunRequest templateSnapshot(String templateId, CreateTemplateRunRequest request,
      RunOptions options) {
    Validation.requireId("template_id", templateId);
    Validation.requireNonNull("request", request);
    Validation.requireNonNull("options", options);
    CreateTemplateRunRequest snapshot = Json.copy(request, CreateTemplateRunRequest.class)
        .input(RunInputs.toObject(request.getInput()));
    Validation.callbackUrls(snapshot.getCallbackUrl(), snapshot.getStatusChangeCallbackUrl());
    return snapshot;
  }

  private ApiCall<StartedRun, StartedRun> runTemplateCall(String templateId, CreateTemplateRunRequest snapshot,
      RunOptions options) {
    return ApiCall.of(Operation.CREATE_TEMPLATE_RUN, () -> starts.createTemplateRun(templateId, snapshot))
        .requiring(Bots::missingId).startingAs(options);
  }

  private static String missingId(StartedRun started) {
    return started == null || started.getTaskId() == null || started.getTaskId().isBlank()
        ? "the answer carries no task_id" : null;
  }

  /**
   * Starts a run of a bot and waits for it to end, with the engine of {@link Runs#waitFor(String, WaitOptions)}.
   * With {@link WaitOptions#callbackUrl()} set, the run is started with that URL as its {@code callback_url} and
   * {@code status_change_callback_url} and the wait learns of the end from the callback, polling only as a
   * safety net.
   *
   * @param botId the bot's id
   * @param input the run's input: a {@code Map}, or an object Moshi writes as a JSON object
   * @param options how to wait
   * @return the ended run
   * @throws com.browseract.client.errors.TaskFailedException when the run failed
   * @throws com.browseract.client.errors.TaskCanceledException when the run was canceled
   * @throws com.browseract.client.errors.WaitTimeoutException when the options' timeout passed first
   */
  public Run runAndWait(String botId, Object input, WaitOptions options) {
    Validation.requireNonNull("options", options);
    CreateRunRequest request = withCallbacks(new CreateRunRequest().input(RunInputs.toObject(input)), options);
    return waiter.startAndAwait(run(botId, request, RunOptions.defaults()).getTaskId(), runs.dialect, options);
  }

  /**
   * Asynchronous form of {@link #runAndWait(String, Object, WaitOptions)}. Cancelling the future cancels the wait;
   * with {@link WaitOptions#stopTaskOnCancel()} the run is canceled too, even when the start was still on its way.
   *
   * @param botId the bot's id
   * @param input the run's input
   * @param options how to wait
   * @return the ended run
   */
  public CompletableFuture<Run> runAndWaitAsync(String botId, Object input, WaitOptions options) {
    Validation.requireNonNull("options", options);
    CreateRunRequest request = withCallbacks(new CreateRunRequest().input(RunInputs.toObject(input)), options);
    return waiter.startAndAwaitAsync(runAsync(botId, request, RunOptions.defaults()), StartedRun::getTaskId,
        runs.dialect, options);
  }

  private static CreateRunRequest withCallbacks(CreateRunRequest request, WaitOptions options) {
    options.callbackUrl().ifPresent(url -> request.callbackUrl(url).statusChangeCallbackUrl(url));
    return request;
  }
}
