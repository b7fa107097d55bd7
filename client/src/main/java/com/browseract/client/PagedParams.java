package com.browseract.client;

/**
 * What the parameters of every list share: which page ({@code page}, from 1) and how many items a page holds
 * ({@code limit}, 1 to 500). Both are optional; the API's defaults apply when they are unset.
 */
public abstract class PagedParams {
  private final Integer page;
  private final Integer limit;

  PagedParams(Builder<?> builder) {
    this.page = Validation.page(builder.page);
    this.limit = Validation.limit(builder.limit);
  }

  /** @return the page number, or null for the first */
  public Integer page() {
    return page;
  }

  /** @return the page size, or null for the API's default */
  public Integer limit() {
    return limit;
  }

  QueryParams putPaging(QueryParams query) {
    return query.put("page", page).put("limit", limit);
  }

  <B extends Builder<B>> B copyPagingTo(B builder) {
    return builder.page(page).limit(limit);
  }

  /**
   * The paging part of the lists' parameter builders.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    private Integer page;
    private Integer limit;

    Builder() {
    }

    abstract B self();

    /**
     * Page number ({@code page}), from 1; ignored by {@code listAll}, which reads every page.
     *
     * @param page 1 or more, or null for the first
     * @return this builder
     */
    public B page(Integer page) {
      this.page = page;
      return self();
    }

    /**
     * Page size ({@code limit}), 1 to 500.
     *
     * @param limit the page size, or null for the API's default
     * @return this builder
     */
    public B limit(Integer limit) {
      this.limit = limit;
      return self();
    }
  }
}
