package com.browseract.client;

import com.browseract.client.api.WorkflowsApi;
import com.browseract.client.model.ApiWorkflowConfigDto;
import com.browseract.client.model.ApiWorkflowDto;
import com.browseract.client.model.PageRespApiWorkflowDto;
import java.util.concurrent.CompletableFuture;

/** Operations on the account's workflows. */
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
   * @param page page number, from 1
   * @param limit items per page, 1 to 500
   * @return the page
   */
  public Page<ApiWorkflowDto> list(int page, int limit) {
    Validation.page(page);
    Validation.limit(limit);
    return toPage(transport.execute(Operation.GET_WORKFLOW_LIST, () -> api.getWorkflowList(page, limit)));
  }

  /**
   * Asynchronous form of {@link #list(int, int)}.
   *
   * @param page page number, from 1
   * @param limit items per page, 1 to 500
   * @return the page
   */
  public CompletableFuture<Page<ApiWorkflowDto>> listAsync(int page, int limit) {
    Validation.page(page);
    Validation.limit(limit);
    return transport.executeAsync(Operation.GET_WORKFLOW_LIST, () -> api.getWorkflowList(page, limit))
        .thenApply(Workflows::toPage);
  }

  /**
   * All workflows, fetched page by page as iteration goes.
   *
   * @param limit items per page, 1 to 500
   * @return a lazy iterable
   */
  public PagedIterable<ApiWorkflowDto> listAll(int limit) {
    Validation.limit(limit);
    return new PagedIterable<>(page -> list(page, limit));
  }

  /**
   * Reads a workflow with the input parameters it expects ({@code GET /v2/workflow/get-workflow}).
   *
   * @param workflowId the workflow
   * @return the workflow
   */
  public ApiWorkflowConfigDto get(String workflowId) {
    Validation.requireId("workflowId", workflowId);
    return transport.execute(Operation.GET_WORKFLOW_CONFIG, () -> api.getWorkflowConfig(workflowId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param workflowId the workflow
   * @return the workflow
   */
  public CompletableFuture<ApiWorkflowConfigDto> getAsync(String workflowId) {
    Validation.requireId("workflowId", workflowId);
    return transport.executeAsync(Operation.GET_WORKFLOW_CONFIG, () -> api.getWorkflowConfig(workflowId));
  }

  private static Page<ApiWorkflowDto> toPage(PageRespApiWorkflowDto r) {
    return new Page<>(r.getItems(), r.getPage(), r.getLimit(), r.getTotalPages(), r.getTotalCount());
  }
}
