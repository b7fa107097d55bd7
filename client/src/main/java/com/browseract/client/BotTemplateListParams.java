package com.browseract.client;

import java.util.Map;

/**
 * Filter and paging of {@link BotTemplates#list(BotTemplateListParams)} ({@code GET /v3/bots/templates}): an
 * optional keyword; a page holds at most 500 templates.
 */
public final class BotTemplateListParams extends PagedParams {
  private final String keyword;

  private BotTemplateListParams(Builder builder) {
    super(builder);
    this.keyword = Validation.keyword(builder.keyword);
  }

  /** @return a builder with no filter, the API's default page and limit */
  public static Builder builder() {
    return new Builder();
  }

  /** @return parameters that list every template, with the API's default page size */
  public static BotTemplateListParams all() {
    return builder().build();
  }

  /** @return a builder holding these parameters */
  public Builder toBuilder() {
    return copyPagingTo(builder()).keyword(keyword);
  }

  BotTemplateListParams withPage(int page) {
    return toBuilder().page(page).build();
  }

  Map<String, Object> query() {
    return putPaging(new QueryParams().put("keyword", keyword)).toMap();
  }

  /** @return the keyword filter, or null */
  public String keyword() {
    return keyword;
  }

  @Override
  public String toString() {
    return "BotTemplateListParams" + query();
  }

  /** Builds {@link BotTemplateListParams}; {@link #build()} checks the values. */
  public static final class Builder extends PagedParams.Builder<Builder> {
    private String keyword;

    private Builder() {
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Only templates matching this text ({@code keyword}, at most 200 characters).
     *
     * @param keyword a search text, or null for all
     * @return this builder
     */
    public Builder keyword(String keyword) {
      this.keyword = keyword;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a value is out of range; the message names its wire field
     */
    public BotTemplateListParams build() {
      return new BotTemplateListParams(this);
    }
  }
}
