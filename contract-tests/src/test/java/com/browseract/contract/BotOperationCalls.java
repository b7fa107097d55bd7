package com.browseract.contract;

import com.browseract.client.v3.model.CreateRunRequest;
import com.browseract.client.v3.model.CreateTemplateRunRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import retrofit2.Call;

/**
 * One call of the generated v3 interfaces per operationId, with plain arguments, and the schema of its answer.
 * Shared by the v3 tests that must reach every operation in the same way (coverage, forced errors, fuzzed and
 * recorded answers). The v3 counterpart of {@link OperationCalls}.
 */
final class BotOperationCalls {
  static final String BOT = "1001";
  static final String TEMPLATE = "3001";
  static final String TASK = "93001";

  /** A call, not yet made, and the schema of what it returns. */
  static final class BotCall {
    final Function<BotsClient, Call<?>> call;
    final String schema;

    BotCall(Function<BotsClient, Call<?>> call, String schema) {
      this.call = call;
      this.schema = schema;
    }
  }

  static final Map<String, BotCall> BY_OPERATION = new LinkedHashMap<>();

  static {
    put("createRun", c -> c.tasks.createRun(BOT, new CreateRunRequest().input(Map.of("order_id", "A-100"))),
        "BotRunCreatedResponse");
    put("createTemplateRun", c -> c.tasks.createTemplateRun(TEMPLATE,
        new CreateTemplateRunRequest().input(Map.of("url", "https://example.com"))), "BotRunCreatedResponse");
    put("queryRunStatus", c -> c.tasks.queryRunStatus(TASK), "BotRunStatusResponse");
    put("queryRun", c -> c.tasks.queryRun(TASK), "BotRunDetailResponse");
    put("pageRuns", c -> c.tasks.pageRuns(Map.of()), "BotRunSummaryPage");
    put("resumeRun", c -> c.tasks.resumeRun(TASK), "BotRunStatusResponse");
    put("cancelRun", c -> c.tasks.cancelRun(TASK, Map.of()), "BotRunStatusResponse");
    put("pageBots", c -> c.bots.pageBots(Map.of()), "BotSummaryPage");
    put("queryBot", c -> c.bots.queryBot(BOT), "BotDetailResponse");
    put("pageTemplates", c -> c.templates.pageTemplates(Map.of()), "BotTemplateSummaryPage");
    put("queryTemplate", c -> c.templates.queryTemplate(TEMPLATE), "BotTemplateDetailResponse");
    put("listRegions", c -> c.regions.listRegions(), "BotRegionResponse");
  }

  private BotOperationCalls() {
  }

  private static void put(String operationId, Function<BotsClient, Call<?>> call, String schema) {
    BY_OPERATION.put(operationId, new BotCall(call, schema));
  }

  /** Makes the call, requires a 2xx, and checks the answer (each item of a list) has every required field. */
  static Object callAndCheck(String operationId, BotsClient client) {
    BotCall botCall = BY_OPERATION.get(operationId);
    Object result = BotsClient.ok(botCall.call.apply(client));
    if (result instanceof Iterable) {
      ((Iterable<?>) result).forEach(item -> Spec.V3.assertHasRequiredFields(item, botCall.schema));
    } else {
      Spec.V3.assertHasRequiredFields(result, botCall.schema);
    }
    return result;
  }
}
