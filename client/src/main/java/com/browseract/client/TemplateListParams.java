package com.browseract.client;

import java.util.Map;

/**
 * Filter and paging of {@link Templates#list(TemplateListParams)} and {@link Templates#listAll(TemplateListParams)};
 * {@link #all()} for every template.
 */
public final class TemplateListParams extends PagedParams {
  private final String keyword;

  private TemplateListParams(Builder builder) {
    super(builder);
    this.keyword = builder.keyword;
  }

  /** @return a builder with no keyword, the API's default page and limit */
  public static Builder builder() {
    return new Builder();
  }

  /** @return parameters for every template, with the API's default page size */
  public static TemplateListParams all() {
    return builder().build();
  }

  /** @return a builder holding these parameters */
  public Builder toBuilder() {
    return copyPagingTo(builder()).keyword(keyword);
  }

  TemplateListParams withPage(int page) {
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
    return "TemplateListParams" + query();
  }

  /** Builds {@link TemplateListParams}. */
  public static final class Builder extends PagedParams.Builder<Builder> {
    private String keyword;

    private Builder() {
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Only templates matching this text ({@code keyword}).
     *
     * @param keyword the text, or null for all
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
    public TemplateListParams build() {
      return new TemplateListParams(this);
    }
  }
}
