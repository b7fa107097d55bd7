package com.browseract.client;

import java.util.Map;

/**
 * Paging of {@link Workflows#list(WorkflowListParams)} and {@link Workflows#listAll(WorkflowListParams)};
 * {@link #all()} for the API's defaults.
 */
public final class WorkflowListParams extends PagedParams {
  private WorkflowListParams(Builder builder) {
    super(builder);
  }

  /** @return a builder with the API's default page and limit */
  public static Builder builder() {
    return new Builder();
  }

  /** @return parameters for every workflow, with the API's default page size */
  public static WorkflowListParams all() {
    return builder().build();
  }

  /** @return a builder holding these parameters */
  public Builder toBuilder() {
    return copyPagingTo(builder());
  }

  WorkflowListParams withPage(int page) {
    return toBuilder().page(page).build();
  }

  Map<String, Object> query() {
    return putPaging(new QueryParams()).toMap();
  }

  @Override
  public String toString() {
    return "WorkflowListParams" + query();
  }

  /** Builds {@link WorkflowListParams}. */
  public static final class Builder extends PagedParams.Builder<Builder> {
    private Builder() {
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a value is out of range; the message names its wire field
     */
    public WorkflowListParams build() {
      return new WorkflowListParams(this);
    }
  }
}
