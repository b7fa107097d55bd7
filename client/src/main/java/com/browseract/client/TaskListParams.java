package com.browseract.client;

import com.browseract.client.model.TaskStatus;
import java.time.Instant;
import java.util.Map;

/**
 * Filters and paging of {@link Tasks#list(TaskListParams)} and {@link Tasks#listAll(TaskListParams)}. Every
 * filter is optional; {@link #all()} lists every task of the account.
 *
 * <pre>{@code
 * TaskListParams failedToday = TaskListParams.builder()
 *     .status(TaskStatus.FAILED)
 *     .workflowId("77638424152140851")
 *     .createdFrom(Instant.now().minus(Duration.ofDays(1)))
 *     .limit(100)
 *     .build();
 * }</pre>
 */
public final class TaskListParams extends PagedParams {
  private final TaskStatus status;
  private final String workflowId;
  private final String workflowName;
  private final Instant createdFrom;
  private final Instant createdTo;

  private TaskListParams(Builder builder) {
    super(builder);
    this.status = builder.status;
    this.workflowId = builder.workflowId == null ? null : Validation.requireId("workflow_id", builder.workflowId);
    this.workflowName = builder.workflowName == null ? null
        : Validation.requireId("workflow_name", builder.workflowName);
    this.createdFrom = builder.createdFrom;
    this.createdTo = builder.createdTo;
    if (createdFrom != null && createdTo != null && createdFrom.isAfter(createdTo)) {
      throw new IllegalArgumentException("created_at_from must not be after created_at_to, was " + createdFrom
          + " > " + createdTo);
    }
  }

  /** @return a builder with no filter, the API's default page and limit */
  public static Builder builder() {
    return new Builder();
  }

  /** @return parameters that list every task, with the API's default page size */
  public static TaskListParams all() {
    return builder().build();
  }

  /** @return a builder holding these parameters */
  public Builder toBuilder() {
    return copyPagingTo(builder()).status(status).workflowId(workflowId).workflowName(workflowName)
        .createdFrom(createdFrom).createdTo(createdTo);
  }

  TaskListParams withPage(int page) {
    return toBuilder().page(page).build();
  }

  Map<String, Object> query() {
    return putPaging(new QueryParams().put("status", status == null ? null : status.getValue()))
        .put("workflow_id", workflowId).put("workflow_name", workflowName)
        .put("created_at_from", createdFrom).put("created_at_to", createdTo).toMap();
  }

  /** @return the status filter, or null */
  public TaskStatus status() {
    return status;
  }

  /** @return the workflow id filter, or null */
  public String workflowId() {
    return workflowId;
  }

  /** @return the workflow name filter, or null */
  public String workflowName() {
    return workflowName;
  }

  /** @return the earliest creation time, or null */
  public Instant createdFrom() {
    return createdFrom;
  }

  /** @return the latest creation time, or null */
  public Instant createdTo() {
    return createdTo;
  }

  @Override
  public String toString() {
    return "TaskListParams" + query();
  }

  /** Builds {@link TaskListParams}; {@link #build()} checks the values and names the wire field of a bad one. */
  public static final class Builder extends PagedParams.Builder<Builder> {
    private TaskStatus status;
    private String workflowId;
    private String workflowName;
    private Instant createdFrom;
    private Instant createdTo;

    private Builder() {
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Only tasks in this status ({@code status}).
     *
     * @param status a status, or null for all
     * @return this builder
     */
    public Builder status(TaskStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Only tasks of this workflow ({@code workflow_id}).
     *
     * @param workflowId a workflow id, or null for all
     * @return this builder
     */
    public Builder workflowId(String workflowId) {
      this.workflowId = workflowId;
      return this;
    }

    /**
     * Only tasks of workflows whose name contains this text, ignoring case ({@code workflow_name}).
     *
     * @param workflowName part of a workflow's name, or null for all
     * @return this builder
     */
    public Builder workflowName(String workflowName) {
      this.workflowName = workflowName;
      return this;
    }

    /**
     * Only tasks created at or after this time ({@code created_at_from}, sent as ISO 8601 in UTC).
     *
     * @param createdFrom an instant, or null for no lower bound
     * @return this builder
     */
    public Builder createdFrom(Instant createdFrom) {
      this.createdFrom = createdFrom;
      return this;
    }

    /**
     * Only tasks created at or before this time ({@code created_at_to}, sent as ISO 8601 in UTC).
     *
     * @param createdTo an instant, or null for no upper bound
     * @return this builder
     */
    public Builder createdTo(Instant createdTo) {
      this.createdTo = createdTo;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a value is out of range; the message names its wire field
     */
    public TaskListParams build() {
      return new TaskListParams(this);
    }
  }
}
