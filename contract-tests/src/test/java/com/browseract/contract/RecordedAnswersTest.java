package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import com.browseract.client.StopOutcome;
import com.browseract.client.errors.ApiException;
import com.browseract.client.errors.AuthenticationException;
import com.browseract.client.errors.ConcurrencyLimitException;
import com.browseract.client.errors.InvalidRequestException;
import com.browseract.client.errors.NotFoundException;
import com.browseract.client.model.StartedTask;
import com.browseract.client.model.Task;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the answers in {@code recorded-answers/} (the real API's shapes: its envelope, business codes,
 * camelCase fields and nulls) through the SDK and the CLI, and asserts what a user sees. The SDK's calls go
 * through a Prism proxy, so every answer is also checked against the spec: the spec must describe reality.
 *
 * <p>A new file in the folder is replayed without touching this class: a success must be read without error
 * (CLI exit 0), an envelope must give an {@link ApiException} carrying its code, msg and traceId (CLI exit 5,
 * one line with the msg and traceId). Known cases get sharper expectations below.
 */
@Order(4)
class RecordedAnswersTest {
  private static final String TASK = "90183340215371530";
  private static final Map<String, String> CLI_COMMANDS = Map.ofEntries(
      Map.entry("runTask", "run 77638424152140851 -i keyword=laptops --save-browser-data"),
      Map.entry("runTemplateTask", "run-template 77638424152140852 -i keyword=laptops"),
      Map.entry("getTaskStatus", "task status " + TASK),
      Map.entry("getTask", "task get " + TASK),
      Map.entry("pageTasks", "tasks list --workflow-id 77638424152140851"),
      Map.entry("resumeTask", "task resume " + TASK),
      Map.entry("stopTask", "task stop " + TASK),
      Map.entry("getWorkflowList", "workflows list"),
      Map.entry("getWorkflowConfig", "workflows get 77638424152140851"),
      Map.entry("getWorkflowTemplates", "templates list"),
      Map.entry("getWorkflowTemplateConfig", "templates get 77638424152140852"),
      Map.entry("getRegionList", "regions"));

  private static ReplayServer upstream;
  private static Prism proxy;

  static List<RecordedAnswer> answers() {
    return RecordedAnswer.all();
  }

  @BeforeAll
  static void start() throws IOException {
    upstream = ReplayServer.start();
    proxy = Prism.proxy(upstream.url());
  }

  @AfterAll
  static void stop() throws IOException {
    proxy.close();
    upstream.close();
    ContractClient.RESPONSE_VIOLATIONS.clear();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void theSdkGivesWhatTheUserExpects(RecordedAnswer answer) {
    upstream.serve(answer);
    ContractClient.RESPONSE_VIOLATIONS.clear();
    Object result = null;
    RuntimeException thrown = null;
    try (BrowserAct client = ContractClient.create(proxy.baseUrl(), null, 0)) {
      result = OperationCalls.BY_OPERATION.get(answer.operation).invoke.apply(client);
    } catch (RuntimeException e) {
      thrown = e;
    }

    expectedOf(answer).sdk.accept(new Outcome(answer, result, thrown));
    if (!answer.isEnvelopeInSuccess()) {
      assertThat(ContractClient.RESPONSE_VIOLATIONS).as("%s differs from openapi/browseract.yaml", answer).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void theCliPrintsWhatTheUserExpects(RecordedAnswer answer) {
    upstream.serve(answer);
    Expected expected = expectedOf(answer);
    for (boolean json : new boolean[] {false, true}) {
      InProcessCli run = InProcessCli.run(upstream.url() + "/", json, CLI_COMMANDS.get(answer.operation));

      assertThat(run.code).as("exit code; stdout %s; stderr %s", run.out, run.err).isEqualTo(expected.cliExit);
      if (expected.cliExit != 0) {
        assertThat(run.err.trim()).as("one line").doesNotContain("\n").startsWith("error: ").contains(expected.cliSays);
      } else if (!json) {
        assertThat(run.out).contains(expected.cliSays);
      }
      assertThat(run.out + run.err).doesNotContain(ContractClient.TEST_KEY);
    }
  }

  /** What one call produced. */
  private static final class Outcome {
    final RecordedAnswer answer;
    final Object result;
    final RuntimeException thrown;

    Outcome(RecordedAnswer answer, Object result, RuntimeException thrown) {
      this.answer = answer;
      this.result = result;
      this.thrown = thrown;
    }

    void isSuccess() {
      assertThat(thrown).as("exception from %s", answer).isNull();
    }

    <T extends ApiException> T failedWith(Class<T> type) {
      assertThat(thrown).as("exception from %s", answer).isInstanceOf(type);
      T e = type.cast(thrown);
      assertThat(e.statusCode()).isEqualTo(answer.status);
      assertThat(e.operation()).isEqualTo(answer.operation);
      Map<?, ?> envelope = envelope(answer.body);
      assertThat(e.code()).isEqualTo(((Number) envelope.get("code")).intValue());
      assertThat(e.msg()).isEqualTo(envelope.get("msg"));
      assertThat(e.traceId()).isEqualTo(envelope.get("traceId"));
      assertThat(e.getMessage()).contains(e.traceId()).contains(e.msg()).doesNotContain(ContractClient.TEST_KEY);
      return e;
    }
  }

  private static Map<?, ?> envelope(String body) {
    try {
      return new Moshi.Builder().build().adapter(Map.class).fromJson(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  /** What the user must see for one answer: through the SDK, and from the CLI (exit code, a part of the line). */
  private static final class Expected {
    final Consumer<Outcome> sdk;
    final int cliExit;
    final String cliSays;

    Expected(Consumer<Outcome> sdk, int cliExit, String cliSays) {
      this.sdk = sdk;
      this.cliExit = cliExit;
      this.cliSays = cliSays;
    }
  }

  private static Expected expectedOf(RecordedAnswer answer) {
    String caseName = answer.name.substring(answer.operation.length() + 5).replace(".json", "");
    switch (caseName.replace("-in-200", "")) {
      case "task-not-exist":
        return new Expected(o -> o.failedWith(NotFoundException.class), 5, "Task is not exist.");
      case "running-tasks-exceeded":
        return new Expected(o -> o.failedWith(ConcurrencyLimitException.class), 5,
            "1 on the free plan, 20 on paid plans");
      case "task-has-completed":
        return new Expected(o -> {
          o.isSuccess();
          assertThat(o.result).isEqualTo(StopOutcome.ALREADY_ENDED);
        }, 0, "Task " + TASK + " had already ended");
      case "task-not-paused":
        return new Expected(o -> assertThat(o.failedWith(InvalidRequestException.class).getMessage())
            .contains("The task is not paused"), 5, "Only a paused task can be resumed");
      case "invalid-authorization":
        return new Expected(o -> o.failedWith(AuthenticationException.class), 5, "Check BROWSERACT_API_KEY");
      case "profile-id-camel-case":
        return new Expected(o -> {
          o.isSuccess();
          assertThat(((StartedTask) o.result).getProfileId()).isEqualTo("90183340215371522");
        }, 0, "Browser profile 90183340215371522");
      case "running-output-nulls":
        return new Expected(o -> {
          o.isSuccess();
          Task task = (Task) o.result;
          assertThat(task.getOutput().getString()).isNull();
          assertThat(task.getOutput().getFiles()).isNull();
          assertThat(task.getTaskFailureInfo()).isNull();
          assertThat(task.getInputParameters()).isEqualTo("keyword=laptops; max_items=50");
        }, 0, "Task " + TASK + "  running");
      case "failed-files-null":
        return new Expected(o -> {
          o.isSuccess();
          assertThat(((Task) o.result).getTaskFailureInfo().getMessage()).isEqualTo("Navigation timeout");
        }, 0, "failure   10001 Navigation timeout");
      case "three-states":
        return new Expected(o -> {
          o.isSuccess();
          assertThat((List<?>) o.result).hasSize(3);
        }, 0, "90183340215371529");
      case "empty":
        return new Expected(o -> {
          o.isSuccess();
          assertThat((List<?>) o.result).isEmpty();
        }, 0, "(none)");
      default:
        return answer.status < 300 && !answer.isEnvelopeInSuccess()
            ? new Expected(Outcome::isSuccess, 0, "")
            : new Expected(o -> o.failedWith(ApiException.class), 5, "traceId");
    }
  }
}
