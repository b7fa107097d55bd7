package com.browseract.client;

import com.browseract.client.internal.api.WorkflowTemplatesApi;
import com.browseract.client.model.WorkflowTemplate;
import com.browseract.client.model.WorkflowTemplateSummary;
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
   * @param params keyword and paging; {@link TemplateListParams#all()} for every template
   * @return the page
   */
  public Page<WorkflowTemplateSummary> list(TemplateListParams params) {
    return transport.execute(listCall(params));
  }

  /**
   * Asynchronous form of {@link #list(TemplateListParams)}.
   *
   * @param params keyword and paging
   * @return the page
   */
  public CompletableFuture<Page<WorkflowTemplateSummary>> listAsync(TemplateListParams params) {
    return transport.executeAsync(listCall(params));
  }

  /**
   * Every template matching the keyword, fetched page by page as iteration goes; the page of {@code params} is
   * ignored.
   *
   * @param params keyword and page size
   * @return a lazy iterable
   */
  public PagedIterable<WorkflowTemplateSummary> listAll(TemplateListParams params) {
    Validation.requireNonNull("params", params);
    return new PagedIterable<>(page -> list(params.withPage(page)));
  }

  private ApiCall<?, Page<WorkflowTemplateSummary>> listCall(TemplateListParams params) {
    Validation.requireNonNull("params", params);
    return ApiCall.of(Operation.GET_WORKFLOW_TEMPLATES, () -> api.getWorkflowTemplates(params.query()))
        .reading(body -> Page.of(body.getItems(), body.getPage(), body.getLimit(), body.getTotalPages(),
            body.getTotalCount()));
  }

  /**
   * Reads one template with the input parameters it takes
   * ({@code GET /v2/workflow/get-official-workflow-template}).
   *
   * @param templateId the template ({@code workflow_template_id})
   * @return the template
   */
  public WorkflowTemplate get(String templateId) {
    return transport.execute(getCall(templateId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param templateId the template
   * @return the template
   */
  public CompletableFuture<WorkflowTemplate> getAsync(String templateId) {
    return transport.executeAsync(getCall(templateId));
  }

  private ApiCall<WorkflowTemplate, WorkflowTemplate> getCall(String templateId) {
    Validation.requireId("workflow_template_id", templateId);
    return ApiCall.of(Operation.GET_WORKFLOW_TEMPLATE_CONFIG, () -> api.getWorkflowTemplateConfig(templateId));
  }
}
