package com.browseract.client;

import com.browseract.client.v3.model.BotType;
import java.util.Map;

/**
 * Filters and paging of {@link Bots#list(BotListParams)} and {@link Bots#listAll(BotListParams)}
 * ({@code GET /v3/bots}). Every filter is optional; a page holds at most 100 bots.
 */
public final class BotListParams extends PagedParams {
  private final BotType botType;
  private final String keyword;

  private BotListParams(Builder builder) {
    super(builder);
    Validation.limitAtMost(limit(), RunListParams.MAX_LIMIT);
    if (builder.botType == BotType.UNKNOWN) {
      throw new IllegalArgumentException("bot_type must be workflow or agent, was UNKNOWN");
    }
    this.botType = builder.botType;
    this.keyword = Validation.keyword(builder.keyword);
  }

  /** @return a builder with no filter, the API's default page and limit */
  public static Builder builder() {
    return new Builder();
  }

  /** @return parameters that list every bot, with the API's default page size */
  public static BotListParams all() {
    return builder().build();
  }

  /** @return a builder holding these parameters */
  public Builder toBuilder() {
    return copyPagingTo(builder()).botType(botType).keyword(keyword);
  }

  BotListParams withPage(int page) {
    return toBuilder().page(page).build();
  }

  Map<String, Object> query() {
    return putPaging(new QueryParams().put("bot_type", botType == null ? null : botType.getValue())
        .put("keyword", keyword)).toMap();
  }

  /** @return the bot type filter, or null */
  public BotType botType() {
    return botType;
  }

  /** @return the keyword filter, or null */
  public String keyword() {
    return keyword;
  }

  @Override
  public String toString() {
    return "BotListParams" + query();
  }

  /** Builds {@link BotListParams}; {@link #build()} checks the values and names the wire field of a bad one. */
  public static final class Builder extends PagedParams.Builder<Builder> {
    private BotType botType;
    private String keyword;

    private Builder() {
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Only bots of this type ({@code bot_type}: workflow or agent).
     *
     * @param botType a type, or null for both
     * @return this builder
     */
    public Builder botType(BotType botType) {
      this.botType = botType;
      return this;
    }

    /**
     * Only bots matching this text ({@code keyword}, at most 200 characters).
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
    public BotListParams build() {
      return new BotListParams(this);
    }
  }
}
