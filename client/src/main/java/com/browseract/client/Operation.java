package com.browseract.client;

/** The API's operations, with whether a failed attempt may be sent again. */
enum Operation {
  RUN_TASK("runTask", false),
  RUN_TEMPLATE_TASK("runTemplateTask", false),
  GET_TASK_STATUS("getTaskStatus", true),
  GET_TASK("getTask", true),
  PAGE_TASKS("pageTasks", true),
  RESUME_TASK("resumeTask", true),
  STOP_TASK("stopTask", true),
  GET_WORKFLOW_LIST("getWorkflowList", true),
  GET_WORKFLOW_CONFIG("getWorkflowConfig", true),
  GET_WORKFLOW_TEMPLATES("getWorkflowTemplates", true),
  GET_WORKFLOW_TEMPLATE_CONFIG("getWorkflowTemplateConfig", true),
  GET_REGION_LIST("getRegionList", true),
  // v3 ("Bots"): cancel and resume are POSTs, yet as safe to repeat as v2's stop and resume.
  CREATE_RUN("createRun", false),
  CREATE_TEMPLATE_RUN("createTemplateRun", false),
  QUERY_RUN_STATUS("queryRunStatus", true),
  QUERY_RUN("queryRun", true),
  PAGE_RUNS("pageRuns", true),
  RESUME_RUN("resumeRun", true),
  CANCEL_RUN("cancelRun", true),
  PAGE_BOTS("pageBots", true),
  QUERY_BOT("queryBot", true),
  PAGE_TEMPLATES("pageTemplates", true),
  QUERY_TEMPLATE("queryTemplate", true),
  LIST_REGIONS("listRegions", true);

  final String operationId;
  /**
   * True for reads and for stop/resume, which the API documents as safe to repeat. False for the two calls
   * that start a task: sending one twice could start (and bill) a second task.
   */
  final boolean repeatable;

  Operation(String operationId, boolean repeatable) {
    this.operationId = operationId;
    this.repeatable = repeatable;
  }
}
