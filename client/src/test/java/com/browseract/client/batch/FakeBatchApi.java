package com.browseract.client.batch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake BrowserAct for batches, answering as the real API does (its envelope and code 10118 when the plan's
 * limit is reached, {@code input_parameters} as {@code name=value; name=value} in lists). Tasks run for the time
 * {@link #durations} gives their input and end by the clock given; the fake records every task it creates and
 * every request. Used by the batch unit tests (a fake clock), the CLI crash test and the batch benchmark (the
 * system clock).
 */
public final class FakeBatchApi extends Dispatcher {
  private final Clock clock;
  private final int planLimit;
  private final AtomicLong ids = new AtomicLong(90_000_000_000L);
  private final Map<String, FakeTask> tasks = new ConcurrentHashMap<>();
  // A run's input as its start sent it (v3 runs echo their input, typed).
  private final Map<String, String> runInputs = new ConcurrentHashMap<>();
  private static final com.squareup.moshi.JsonAdapter<Object> INPUT_JSON =
      new com.squareup.moshi.Moshi.Builder().build().adapter(Object.class);
  /** The tasks started as v3 runs (their callbacks carry a run). */
  private final java.util.Set<String> runIds = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final List<FakeTask> created = Collections.synchronizedList(new ArrayList<>());
  /** How long the task for an input text ({@code a=1; b=2}) runs. */
  public volatile Function<String, Duration> durations = input -> Duration.ofSeconds(10);
  /** Inputs whose tasks fail. */
  public volatile Predicate<String> failing = input -> input.contains("fail");
  /** While true, every request is answered 503 (an outage). */
  public volatile boolean down;
  // An outage planned in the fake's own time: it begins with the first request after that many starts.
  private volatile int outageAfterStarts = -1;
  private volatile Duration outageLength = Duration.ZERO;
  private volatile Instant outageFrom;
  /** While true, a start creates its task but the answer is a 503 (the answer is lost). */
  public volatile boolean loseStartAnswers;
  /** Base URL of the fake server; when set, finished tasks have a file to download from it. */
  public volatile String filesBaseUrl;
  /** Tasks of other clients of the account: they take plan slots but are not listed for the workflow. */
  public final AtomicInteger foreignRunning = new AtomicInteger();
  /** Told of each task as it is created, before the start is answered (to call back as BrowserAct would). */
  public volatile Consumer<FakeTask> onCreated = task -> { };

  /** One task the fake created. */
  public static final class FakeTask {
    public final String id;
    public final String workflowId;
    public final String input;
    public final Instant createdAt;
    public final Instant endsAt;
    final boolean fails;
    /** The start's {@code callback_url} and {@code status_change_callback_url} (null when absent). */
    public final String callbackUrl;
    public final String statusCallbackUrl;
    volatile Instant stoppedAt;

    FakeTask(String id, String workflowId, String input, Instant createdAt, Instant endsAt, boolean fails,
        String callbackUrl, String statusCallbackUrl) {
      this.callbackUrl = callbackUrl;
      this.statusCallbackUrl = statusCallbackUrl;
      this.id = id;
      this.workflowId = workflowId;
      this.input = input;
      this.createdAt = createdAt;
      this.endsAt = endsAt;
      this.fails = fails;
    }

    /** @return when the task ended or will end */
    public Instant end() {
      Instant stopped = stoppedAt;
      return stopped != null && stopped.isBefore(endsAt) ? stopped : endsAt;
    }

    String status(Instant now) {
      if (now.isBefore(end())) {
        return "running";
      }
      return stoppedAt != null && !stoppedAt.isAfter(endsAt) ? "canceled" : fails ? "failed" : "finished";
    }
  }

  /**
   * @param clock decides when tasks end
   * @param planLimit how many tasks may run at once (the plan's limit)
   */
  public FakeBatchApi(Clock clock, int planLimit) {
    this.clock = clock;
    this.planLimit = planLimit;
  }

  /** @return every task created, in order */
  /** Starts a MockWebServer answering as this fake, on sockets that send at once (see NoDelayServerSockets). */
  public MockWebServer serve() throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(this);
    server.start();
    return server;
  }

  public List<FakeTask> created() {
    synchronized (created) {
      return new ArrayList<>(created);
    }
  }

  /** @return how many tasks were created for each input text */
  public Map<String, Integer> tasksPerInput() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    created().forEach(task -> counts.merge(task.input, 1, Integer::sum));
    return counts;
  }

  /** @return requests received for an operation path such as {@code run-task}, {@code list-tasks} */
  public int requests(String operation) {
    AtomicInteger count = requests.get(operation);
    return count == null ? 0 : count.get();
  }

  /** @return every request received */
  /**
   * Plans an outage by the fake's clock: every request is answered 503 from the first request that comes after
   * {@code starts} starts, for {@code length}. Unlike {@link #down}, no thread has to watch the clock, so the outage
   * lasts exactly {@code length} however the machine schedules threads.
   */
  public void outageAfterStarts(int starts, Duration length) {
    outageLength = length;
    outageAfterStarts = starts;
  }

  private boolean isDown() {
    if (down) {
      return true;
    }
    if (outageAfterStarts < 0) {
      return false;
    }
    synchronized (this) {
      if (outageFrom == null && requests("run-task") + requests("createRun") >= outageAfterStarts) {
        outageFrom = clock.instant();
      }
    }
    return outageFrom != null && clock.instant().isBefore(outageFrom.plus(outageLength));
  }

  /** @return the {@code input} object a run's start sent, as JSON; null for a task that is not a run */
  public String runInput(String taskId) {
    return runInputs.get(taskId);
  }

  public int requests() {
    return requests.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** @return tasks running now, the account's other clients' included */
  public int running() {
    Instant now = clock.instant();
    return (int) tasks.values().stream().filter(task -> now.isBefore(task.end())).count() + foreignRunning.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    if (url.pathSegments().get(0).equals("v3")) {
      return dispatchV3(request, url);
    }
    String operation = url.pathSegments().get(url.pathSize() - 1);
    boolean outage = isDown();
    requests.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
    if (outage) {
      return error(503, 503, "Service temporarily unavailable");
    }
    switch (operation) {
      case "run-task":
      case "run-task-by-template":
        return start(request.getBody().readUtf8());
      case "list-tasks":
        return list(url);
      case "get-task-status":
        return withTask(url, task -> json("{\"status\":\"" + task.status(clock.instant()) + "\"}"));
      case "get-task":
        return withTask(url, task -> json(fullTask(task, clock.instant())));
      case "report.csv":
        return new MockResponse().setResponseCode(200).setBody("id,for\n1," + url.queryParameter("task") + "\n");
      case "stop-task":
        return withTask(url, task -> {
          task.stoppedAt = clock.instant();
          return new MockResponse().setResponseCode(200);
        });
      case "get-workflow":
        return json("{\"id\":\"" + url.queryParameter("workflow_id") + "\",\"name\":\"fake\",\"input_parameters\":"
            + "[{\"name\":\"keyword\",\"default_enabled\":false},{\"name\":\"max_items\",\"default_enabled\":true}]}");
      default:
        return error(404, 404, "no such operation in the fake");
    }
  }

  /**
   * v3 ("Bots"): the same tasks, as runs. Requests are counted under v3's operation ids ({@code createRun},
   * {@code pageRuns}, {@code queryRunStatus}, {@code queryRun}, {@code cancelRun}, {@code queryBot}).
   */
  private MockResponse dispatchV3(RecordedRequest request, HttpUrl url) {
    List<String> path = url.pathSegments().subList(2, url.pathSize()); // after v3/bots
    boolean post = "POST".equals(request.getMethod());
    String operation = post && path.get(path.size() - 1).equals("runs")
        ? (path.get(0).equals("templates") ? "createTemplateRun" : "createRun")
        : path.equals(List.of("runs")) ? "pageRuns"
        : path.get(0).equals("runs") && path.size() == 3 ? (path.get(2).equals("status") ? "queryRunStatus"
            : "cancelRun")
        : path.get(0).equals("runs") ? "queryRun" : "queryBot";
    boolean outage = isDown();
    requests.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
    if (outage) {
      return error(503, 503, "Service temporarily unavailable");
    }
    switch (operation) {
      case "createRun":
      case "createTemplateRun":
        return startRun(path.get(0).equals("templates") ? "template-" + path.get(1) : path.get(0),
            request.getBody().readUtf8());
      case "pageRuns":
        return listRuns(url);
      case "queryRunStatus":
        return withRun(path.get(1), task -> json("{\"task_id\":\"" + task.id + "\",\"status\":\""
            + task.status(clock.instant()) + "\"}"));
      case "cancelRun":
        return withRun(path.get(1), task -> {
          task.stoppedAt = clock.instant();
          return json("{\"task_id\":\"" + task.id + "\",\"status\":\"canceled\"}");
        });
      case "queryRun":
        return withRun(path.get(1), task -> json(runItem(task, clock.instant(), true)));
      default:
        return json("{\"bot_id\":\"" + path.get(0) + "\",\"bot_type\":\"workflow\",\"input_schema\":"
            + "{\"type\":\"object\",\"properties\":{\"keyword\":{\"type\":\"string\"},"
            + "\"max_items\":{\"type\":\"integer\"}}}}");
    }
  }

  private synchronized MockResponse startRun(String bot, String body) {
    if (running() >= planLimit) {
      return error(400, 10118, "Running tasks number exceeds.");
    }
    Map<String, Object> request = JsonBodies.parse(body);
    Map<?, ?> input = (Map<?, ?>) request.get("input");
    StringBuilder text = new StringBuilder();
    // A whole number reads as in the input file (50, not 50.0): the text names the input, as for v2.
    input.forEach((name, value) -> text.append(text.length() == 0 ? "" : "; ").append(name).append('=')
        .append(value instanceof Double && (Double) value == Math.rint((Double) value) ? (Object) ((Double) value)
            .longValue() : value));
    Instant now = clock.instant();
    FakeTask task = new FakeTask(Long.toString(ids.incrementAndGet()), bot, text.toString(), now,
        now.plus(durations.apply(text.toString())), failing.test(text.toString()), (String) request.get("callback_url"),
        (String) request.get("status_change_callback_url"));
    tasks.put(task.id, task);
    runInputs.put(task.id, INPUT_JSON.toJson(input));
    runIds.add(task.id);
    created.add(task);
    onCreated.accept(task);
    if (loseStartAnswers) {
      return error(503, 503, "Service temporarily unavailable");
    }
    return json("{\"task_id\":\"" + task.id + "\",\"status\":\"created\"}");
  }

  private MockResponse listRuns(HttpUrl url) {
    if (url.queryParameter("limit") != null && Integer.parseInt(url.queryParameter("limit")) > 100) {
      return error(400, 99001, "limit must be at most 100");
    }
    Instant now = clock.instant();
    return page(url, url.queryParameter("bot_id"), task -> runItem(task, now, false));
  }

  /** A run as v3 lists it, or in full (with its output) as queryRun answers. */
  private String runItem(FakeTask task, Instant now, boolean full) {
    String status = task.status(now);
    boolean ended = !"running".equals(status);
    return "{\"task_id\":\"" + task.id + "\",\"bot_id\":\"" + task.workflowId + "\",\"status\":\"" + status
        + "\",\"created_at\":\"" + time(task.createdAt) + "\""
        + (ended ? ",\"finished_at\":\"" + time(task.end()) + "\"" : "")
        + ",\"credit\":" + (ended ? 3 : 0) + ",\"input\":" + runInputs.get(task.id)
        + (full && "finished".equals(status) ? ",\"output\":[{\"for\":" + JsonBodies.quote(task.input) + "}]" : "")
        + ",\"task_failure_info\":" + ("failed".equals(status)
            ? "{\"code\":10001,\"message\":\"Navigation timeout\"}" : "null") + "}";
  }

  private MockResponse withRun(String id, Function<FakeTask, MockResponse> answer) {
    FakeTask task = tasks.get(id);
    return task == null ? error(400, 10112, "Task not exist.") : answer.apply(task);
  }

  private synchronized MockResponse start(String body) {
    if (running() >= planLimit) {
      return error(400, 10118, "Running tasks number exceeds.");
    }
    Map<String, Object> request = JsonBodies.parse(body);
    StringBuilder input = new StringBuilder();
    for (Object parameter : (List<?>) request.get("input_parameters")) {
      Map<?, ?> pair = (Map<?, ?>) parameter;
      input.append(input.length() == 0 ? "" : "; ").append(pair.get("name")).append('=').append(pair.get("value"));
    }
    Instant now = clock.instant();
    String text = input.toString();
    Object workflow = request.containsKey("workflow_id") ? request.get("workflow_id")
        : "template-" + request.get("workflow_template_id");
    FakeTask task = new FakeTask(Long.toString(ids.incrementAndGet()), (String) workflow, text,
        now, now.plus(durations.apply(text)), failing.test(text), (String) request.get("callback_url"),
        (String) request.get("status_change_callback_url"));
    tasks.put(task.id, task);
    created.add(task);
    onCreated.accept(task);
    if (loseStartAnswers) {
      return error(503, 503, "Service temporarily unavailable");
    }
    return json("{\"id\":\"" + task.id + "\",\"profileId\":null}");
  }

  private MockResponse list(HttpUrl url) {
    Instant now = clock.instant();
    return page(url, url.queryParameter("workflow_id"), task -> item(task, now));
  }

  /** One page of the tasks created for {@code owner} (any, when null) since {@code created_at_from}, newest first. */
  private MockResponse page(HttpUrl url, String owner, Function<FakeTask, String> item) {
    String from = url.queryParameter("created_at_from");
    Instant since = from == null ? Instant.MIN : Instant.parse(from);
    int page = url.queryParameter("page") == null ? 1 : Integer.parseInt(url.queryParameter("page"));
    int limit = url.queryParameter("limit") == null ? 20 : Integer.parseInt(url.queryParameter("limit"));
    List<FakeTask> matching = new ArrayList<>();
    for (FakeTask task : created()) {
      if ((owner == null || owner.equals(task.workflowId)) && !task.createdAt.isBefore(since)) {
        matching.add(task);
      }
    }
    Collections.reverse(matching);
    StringBuilder items = new StringBuilder();
    for (int i = (page - 1) * limit; i < Math.min(matching.size(), page * limit); i++) {
      items.append(items.length() == 0 ? "" : ",").append(item.apply(matching.get(i)));
    }
    int pages = (matching.size() + limit - 1) / limit;
    return json("{\"page\":" + page + ",\"limit\":" + limit + ",\"items\":[" + items + "],\"total_pages\":" + pages
        + ",\"total_count\":" + matching.size() + "}");
  }

  /** @return what BrowserAct posts to a task's callback URL when it ends: the task as get-task gives it then */
  public String callbackBody(FakeTask task) {
    return runIds.contains(task.id) ? runItem(task, task.end(), true) : fullTask(task, task.end());
  }

  /** A get-task answer: the list item, with a file to download when {@link #filesBaseUrl} is set. */
  private String fullTask(FakeTask task, Instant now) {
    String item = item(task, now);
    if (filesBaseUrl == null || !"finished".equals(task.status(now))) {
      return item;
    }
    String file = "{\"guid\":\"g-" + task.id + "\",\"fileName\":\"report.csv\",\"status\":\"completed\","
        + "\"downloadUrl\":\"" + filesBaseUrl + "files/report.csv?task=" + task.id + "\"}";
    return item.substring(0, item.length() - 1).replace("\"files\":null", "\"files\":[\"report.csv\"]")
        + ",\"download_files\":[" + file + "]}";
  }

  private String item(FakeTask task, Instant now) {
    String status = task.status(now);
    boolean ended = !"running".equals(status);
    return "{\"id\":\"" + task.id + "\",\"workflow_id\":\"" + task.workflowId + "\",\"status\":\"" + status
        + "\",\"created_at\":\"" + time(task.createdAt) + "\""
        + (ended ? ",\"finished_at\":\"" + time(task.end()) + "\"" : "")
        + ",\"credit\":" + (ended ? 3 : 0)
        + ",\"input_parameters\":" + JsonBodies.quote(task.input)
        + ",\"output\":{\"string\":" + ("finished".equals(status) ? JsonBodies.quote("[{\"for\":"
            + JsonBodies.quote(task.input) + "}]") : "null") + ",\"files\":"
            + (filesBaseUrl != null && "finished".equals(status) ? "[\"report.csv\"]" : "null") + "}"
        + ",\"task_failure_info\":" + ("failed".equals(status) ? "{\"code\":10001,\"message\":\"Navigation timeout\"}"
            : "null") + "}";
  }

  private static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private MockResponse withTask(HttpUrl url, Function<FakeTask, MockResponse> answer) {
    FakeTask task = tasks.get(String.valueOf(url.queryParameter("task_id")));
    return task == null ? error(400, 10112, "Task not exist.") : answer.apply(task);
  }

  private static MockResponse json(String body) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(body);
  }

  private MockResponse error(int status, int code, String message) {
    Instant now = clock.instant();
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setBody("{\"code\":" + code + ",\"msg\":" + JsonBodies.quote(message) + ",\"data\":null,\"ts\":"
            + now.toEpochMilli() + ",\"time\":\"" + time(now) + "\",\"traceId\":\"fake-" + now.toEpochMilli() + "\"}");
  }
}
