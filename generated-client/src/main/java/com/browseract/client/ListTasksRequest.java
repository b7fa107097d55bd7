package com.browseract.client;

import com.browseract.client.model.TaskStatus;

/**
 * Filters and paging for {@link Tasks#list(ListTasksRequest)}. Every field is optional; unset ones are not
 * sent and the API applies its defaults.
 */
public final class ListTasksRequest {
  private final TaskStatus status;
  private final String workflowId;
  private final Integer page;
  private final Integer limit;

  private ListTasksRequest(Builder builder) {
    this.status = builder.status;
    this.workflowId = builder.workflowId;
    this.page = Validation.page(builder.page);
    this.limit = Validation.limit(builder.limit);
    if (workflowId != null) {
      Validation.requireId("workflowId", workflowId);
    }
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a request for the first page with the API's defaults */
  public static ListTasksRequest all() {
    return builder().build();
  }

  /** @return a builder holding this request's values */
  public Builder toBuilder() {
    return builder().status(status).workflowId(workflowId).page(page).limit(limit);
  }

  /** @return the status filter, or null */
  public TaskStatus status() {
    return status;
  }

  /** @return the workflow filter, or null */
  public String workflowId() {
    return workflowId;
  }

  /** @return the page to fetch, or null for the first */
  public Integer page() {
    return page;
  }

  /** @return the page size, or null for the API's default */
  public Integer limit() {
    return limit;
  }

  @Override
  public String toString() {
    return "ListTasksRequest{status=" + status + ", workflowId=" + workflowId + ", page=" + page
        + ", limit=" + limit + "}";
  }

  /** Builds a {@link ListTasksRequest}; {@link #build()} checks page (1 or more) and limit (1..500). */
  public static final class Builder {
    private TaskStatus status;
    private String workflowId;
    private Integer page;
    private Integer limit;

    private Builder() {
    }

    /**
     * @param status only tasks in this status; null for all
     * @return this builder
     */
    public Builder status(TaskStatus status) {
      this.status = status;
      return this;
    }

    /**
     * @param workflowId only tasks of this workflow; null for all
     * @return this builder
     */
    public Builder workflowId(String workflowId) {
      this.workflowId = workflowId;
      return this;
    }

    /**
     * @param page the page number, from 1; null for the first
     * @return this builder
     */
    public Builder page(Integer page) {
      this.page = page;
      return this;
    }

    /**
     * @param limit items per page, 1 to 500; null for the API's default
     * @return this builder
     */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @return the request
     * @throws IllegalArgumentException when page or limit is out of range or workflowId is blank
     */
    public ListTasksRequest build() {
      return new ListTasksRequest(this);
    }
  }
}
