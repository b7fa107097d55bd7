package com.browseract.contract;

import com.browseract.client.BrowserAct;
import com.browseract.client.TaskListParams;
import com.browseract.client.TemplateListParams;
import com.browseract.client.WorkflowListParams;
import com.browseract.client.model.RunTaskRequest;
import com.browseract.client.model.RunTemplateTaskRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One SDK call per operationId with plain arguments, and the schema its answer follows. Shared by the tests that
 * must reach every operation in the same way (forced errors, fuzzed answers).
 */
final class OperationCalls {
  /** A call and the schema of what it returns (of each item, for lists); null when nothing is returned. */
  static final class Call {
    final Function<BrowserAct, Object> invoke;
    final String schema;

    Call(Function<BrowserAct, Object> invoke, String schema) {
      this.invoke = invoke;
      this.schema = schema;
    }
  }

  static final Map<String, Call> BY_OPERATION = new LinkedHashMap<>();

  static {
    put("runTask", c -> c.tasks().run(new RunTaskRequest().workflowId("wf")), "TaskCreatedResponse");
    put("runTemplateTask", c -> c.tasks().runTemplate(new RunTemplateTaskRequest().workflowTemplateId("t")),
        "TaskCreatedResponse");
    put("getTaskStatus", c -> c.tasks().status("t"), null);
    put("getTask", c -> c.tasks().get("t"), "WorkflowTaskResponse");
    put("pageTasks", c -> c.tasks().list(TaskListParams.all()).items(), "WorkflowTaskSimpleResponse");
    put("resumeTask", c -> {
      c.tasks().resume("t");
      return null;
    }, null);
    put("stopTask", c -> c.tasks().stop("t"), null);
    put("getWorkflowList", c -> c.workflows().list(WorkflowListParams.builder().limit(10).build()).items(), "ApiWorkflowDto");
    put("getWorkflowConfig", c -> c.workflows().get("wf"), "ApiWorkflowConfigDto");
    put("getWorkflowTemplates", c -> c.templates().list(TemplateListParams.builder().limit(10).build()).items(), "WorkflowTemplateDto");
    put("getWorkflowTemplateConfig", c -> c.templates().get("t"), "ApiWorkflowTemplateConfigDto");
    put("getRegionList", c -> c.regions().list(), "SysRegionSimpleView");
  }

  private OperationCalls() {
  }

  private static void put(String operationId, Function<BrowserAct, Object> invoke, String schema) {
    BY_OPERATION.put(operationId, new Call(invoke, schema));
  }

  /** Makes the call and checks the answer has every field its schema requires. */
  static void callAndCheck(String operationId, BrowserAct client) {
    Call call = BY_OPERATION.get(operationId);
    Object result = call.invoke.apply(client);
    if (call.schema == null) {
      return;
    }
    if (result instanceof Iterable) {
      ((Iterable<?>) result).forEach(item -> Spec.assertHasRequiredFields(item, call.schema));
    } else {
      Spec.assertHasRequiredFields(result, call.schema);
    }
  }
}
