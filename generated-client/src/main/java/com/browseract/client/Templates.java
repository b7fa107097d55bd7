package com.browseract.client;

import com.browseract.client.api.WorkflowTemplatesApi;
import com.browseract.client.model.ApiWorkflowTemplateConfigDto;
import com.browseract.client.model.PageRespWorkflowTemplateDto;
import com.browseract.client.model.WorkflowTemplateDto;
import java.util.concurrent.CompletableFuture;

/** Operations on BrowserAct's official workflow templates. Run one with {@link Tasks#runTemplate}. */
public final class Templates {
  private final Transport transport;
  private final WorkflowTemplatesApi api;

  Templates(Transport transport, WorkflowTemplatesApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Lists one page of templates ({@code GET /v2/workflow/list-official-workflow-templates}).
   *
   * @param keyword only templates matching this text, or null for all
   * @param page page number, from 1
   * @param limit items per page, 1 to 500
   * @return the page
   */
  public Page<WorkflowTemplateDto> list(String keyword, int page, int limit) {
    Validation.page(page);
    Validation.limit(limit);
    return toPage(transport.execute(Operation.GET_WORKFLOW_TEMPLATES,
        () -> api.getWorkflowTemplates(keyword, page, limit)));
  }

  /**
   * Asynchronous form of {@link #list(String, int, int)}.
   *
   * @param keyword only templates matching this text, or null for all
   * @param page page number, from 1
   * @param limit items per page, 1 to 500
   * @return the page
   */
  public CompletableFuture<Page<WorkflowTemplateDto>> listAsync(String keyword, int page, int limit) {
    Validation.page(page);
    Validation.limit(limit);
    return transport.executeAsync(Operation.GET_WORKFLOW_TEMPLATES,
        () -> api.getWorkflowTemplates(keyword, page, limit)).thenApply(Templates::toPage);
  }

  /**
   * All templates matching the keyword, fetched page by page as iteration goes.
   *
   * @param keyword only templates matching this text, or null for all
   * @param limit items per page, 1 to 500
   * @return a lazy iterable
   */
  public PagedIterable<WorkflowTemplateDto> listAll(String keyword, int limit) {
    Validation.limit(limit);
    return new PagedIterable<>(page -> list(keyword, page, limit));
  }

  /**
   * Reads a template with the input parameters it expects
   * ({@code GET /v2/workflow/get-official-workflow-template}).
   *
   * @param templateId the template
   * @return the template
   */
  public ApiWorkflowTemplateConfigDto get(String templateId) {
    Validation.requireId("templateId", templateId);
    return transport.execute(Operation.GET_WORKFLOW_TEMPLATE_CONFIG,
        () -> api.getWorkflowTemplateConfig(templateId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param templateId the template
   * @return the template
   */
  public CompletableFuture<ApiWorkflowTemplateConfigDto> getAsync(String templateId) {
    Validation.requireId("templateId", templateId);
    return transport.executeAsync(Operation.GET_WORKFLOW_TEMPLATE_CONFIG,
        () -> api.getWorkflowTemplateConfig(templateId));
  }

  private static Page<WorkflowTemplateDto> toPage(PageRespWorkflowTemplateDto r) {
    return new Page<>(r.getItems(), r.getPage(), r.getLimit(), r.getTotalPages(), r.getTotalCount());
  }
}
