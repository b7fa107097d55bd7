package com.browseract.client;

import com.browseract.client.internal.v3.api.BotTemplatesApi;
import com.browseract.client.v3.model.BotTemplate;
import com.browseract.client.v3.model.BotTemplateSummary;
import java.util.concurrent.CompletableFuture;

/**
 * BrowserAct's official bot templates (v3): list them and read one, with its {@code input_schema}. Start a run of
 * one with {@link Bots#runTemplate(String, Object)}.
 */
public final class BotTemplates {
  private final Transport transport;
  private final BotTemplatesApi api;

  BotTemplates(Transport transport, BotTemplatesApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Lists one page of templates ({@code GET /v3/bots/templates}).
   *
   * @param params keyword (at most 200 characters here) and paging; {@link TemplateListParams#all()} for every
   *     template. v2's parameters serve, since v3's list takes the same ones
   * @return the page
   */
  public Page<BotTemplateSummary> list(TemplateListParams params) {
    return transport.execute(listCall(params));
  }

  /**
   * Asynchronous form of {@link #list(TemplateListParams)}.
   *
   * @param params keyword and paging
   * @return the page
   */
  public CompletableFuture<Page<BotTemplateSummary>> listAsync(TemplateListParams params) {
    return transport.executeAsync(listCall(params));
  }

  /**
   * Every template matching the keyword, fetched page by page as iteration goes.
   *
   * @param params keyword and page size
   * @return a lazy iterable
   */
  public PagedIterable<BotTemplateSummary> listAll(TemplateListParams params) {
    Validation.requireNonNull("params", params);
    return new PagedIterable<>(page -> list(params.withPage(page)));
  }

  private ApiCall<?, Page<BotTemplateSummary>> listCall(TemplateListParams params) {
    Validation.requireNonNull("params", params);
    Validation.keyword(params.keyword());
    return ApiCall.of(Operation.PAGE_TEMPLATES, () -> api.pageTemplates(params.query()))
        .reading(body -> Page.of(body.getItems(), body.getPage(), body.getLimit(), body.getTotalPages(),
            body.getTotalCount()));
  }

  /**
   * Reads one template ({@code GET /v3/bots/templates/{template_id}}).
   *
   * @param templateId the template's id
   * @return the template, with its input schema
   * @throws com.browseract.client.errors.NotFoundException when no template has this id (code 10176)
   */
  public BotTemplate get(String templateId) {
    return transport.execute(getCall(templateId));
  }

  /**
   * Asynchronous form of {@link #get(String)}.
   *
   * @param templateId the template's id
   * @return the template
   */
  public CompletableFuture<BotTemplate> getAsync(String templateId) {
    return transport.executeAsync(getCall(templateId));
  }

  private ApiCall<BotTemplate, BotTemplate> getCall(String templateId) {
    Validation.requireId("template_id", templateId);
    return ApiCall.of(Operation.QUERY_TEMPLATE, () -> api.queryTemplate(templateId));
  }
}
