package com.browseract.client;

import com.browseract.client.internal.api.WorkflowsApi;
import com.browseract.client.model.Workflow;
import com.browseract.client.model.WorkflowSummary;
import java.util.concurrent.CompletableFuture;

/** Operations on the account's workflows. Run one with {@link Tasks#run}. */
public final class Workflows {
  private final Transport transport;
  private final WorkflowsApi api;

  Workflows(Transport transport, WorkflowsApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Lists one page of workflows ({@code GET /v2/workflow/list-workflows}).
   *
   * @param params paging; {@link WorkflowListParams#all()} for the API's defaults
   * @return the page
   */
  public Page<WorkflowSummary> list(WorkflowListParams params) {
    return transport.execute(listCall(params));
  }

  /**
   * Asynchronous form of {@link #list(WorkflowListParams)}.
   *
   * @param params paging
   * @return the page
   */
  public CompletableFuture<Page<WorkflowSummary>> listAsync(WorkflowListParams params) {
    return transport.executeAsync(listCall(params));
  }

  /**
   * Every workflow, fetched page by page as iteration goes; the page of {@code params} is ignored.
   *
   * @param params page size
   * @return a lazy iterable
   */
  public PagedIterable<WorkflowSummary> listAll(WorkflowListParams params) {
    Validation.requireNonNull("params", params);
    return new PagedIterable<>(page -> list(params.withPage(page)));
  }

  private ApiCall<?, Page<WorkflowSummary>> listCall(WorkflowListParams params) {
    Validation.requireNonNull("params", params);
    return ApiCall.of(Operation.GET_WORKFLOW_LIST, () -> api.getWorkflowList(params.query()))
        .reading(body -> Page.of(body.getItems(), body.getPage(), body.getLimit(), body.getTotalPages(),
            body.getTotalCount()));
  }

  /**
   * Reads one workflow with the input parameters it takes ({@code GET /v2/workflow/get-workflow}).
   *
   * @param workflowId the workflow
   * @return the workflow
   */
  public Workflow get(String workflowId) {
    return transport.execute(getCall(workflowId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param workflowId the workflow
   * @return the workflow
   */
  public CompletableFuture<Workflow> getAsync(String workflowId) {
    return transport.executeAsync(getCall(workflowId));
  }

  private ApiCall<Workflow, Workflow> getCall(String workflowId) {
    Validation.requireId("workflow_id", workflowId);
    return ApiCall.of(Operation.GET_WORKFLOW_CONFIG, () -> api.getWorkflowConfig(workflowId));
  }
}
