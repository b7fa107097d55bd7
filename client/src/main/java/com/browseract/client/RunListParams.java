package com.browseract.client;

import com.browseract.client.v3.model.RunStatus;
import java.time.Instant;
import java.util.Map;

/**
 * Filters and paging of {@link Runs#list(RunListParams)} and {@link Runs#listAll(RunListParams)}
 * ({@code GET /v3/bots/runs}). Every filter is optional; a page holds at most 100 runs.
 *
 * <pre>{@code
 * RunListParams failedToday = RunListParams.builder()
 *     .botId("88111222333444555")
 *     .status(RunStatus.FAILED)
 *     .createdFrom(Instant.now().minus(Duration.ofDays(1)))
 *     .build();
 * }</pre>
 */
public final class RunListParams extends PagedParams {
  static final int MAX_LIMIT = 100;

  private final String botId;
  private final String botName;
  private final RunStatus status;
  private final Instant createdFrom;
  private final Instant createdTo;

  private RunListParams(Builder builder) {
    super(builder);
    Validation.limitAtMost(limit(), MAX_LIMIT);
    this.botId = builder.botId == null ? null : Validation.requireId("bot_id", builder.botId);
    this.botName = builder.botName == null ? null : Validation.requireId("bot_name", builder.botName);
    if (builder.status == RunStatus.UNKNOWN) {
      throw new IllegalArgumentException("status must be a status the API knows, was UNKNOWN");
    }
    this.status = builder.status;
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

  /** @return parameters that list every run, with the API's default page size */
  public static RunListParams all() {
    return builder().build();
  }

  /** @return a builder holding these parameters */
  public Builder toBuilder() {
    return copyPagingTo(builder()).botId(botId).botName(botName).status(status).createdFrom(createdFrom)
        .createdTo(createdTo);
  }

  RunListParams withPage(int page) {
    return toBuilder().page(page).build();
  }

  Map<String, Object> query() {
    return putPaging(new QueryParams().put("bot_id", botId).put("bot_name", botName)
        .put("status", status == null ? null : status.getValue())
        .put("created_at_from", createdFrom).put("created_at_to", createdTo)).toMap();
  }

  /** @return the bot id filter, or null */
  public String botId() {
    return botId;
  }

  /** @return the bot name filter, or null */
  public String botName() {
    return botName;
  }

  /** @return the status filter, or null */
  public RunStatus status() {
    return status;
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
    return "RunListParams" + query();
  }

  /** Builds {@link RunListParams}; {@link #build()} checks the values and names the wire field of a bad one. */
  public static final class Builder extends PagedParams.Builder<Builder> {
    private String botId;
    private String botName;
    private RunStatus status;
    private Instant createdFrom;
    private Instant createdTo;

    private Builder() {
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Only runs of this bot ({@code bot_id}).
     *
     * @param botId a bot id, or null for all
     * @return this builder
     */
    public Builder botId(String botId) {
      this.botId = botId;
      return this;
    }

    /**
     * Only runs of bots whose name matches this text ({@code bot_name}).
     *
     * @param botName a bot name, or null for all
     * @return this builder
     */
    public Builder botName(String botName) {
      this.botName = botName;
      return this;
    }

    /**
     * Only runs in this status ({@code status}).
     *
     * @param status a status, or null for all
     * @return this builder
     */
    public Builder status(RunStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Only runs created at or after this time ({@code created_at_from}, ISO 8601 in UTC).
     *
     * @param createdFrom an instant, or null for no lower bound
     * @return this builder
     */
    public Builder createdFrom(Instant createdFrom) {
      this.createdFrom = createdFrom;
      return this;
    }

    /**
     * Only runs created at or before this time ({@code created_at_to}, ISO 8601 in UTC).
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
     * @throws IllegalArgumentException when a value is out of range (a limit above 100, say); the message names
     *     its wire field
     */
    public RunListParams build() {
      return new RunListParams(this);
    }
  }
}
