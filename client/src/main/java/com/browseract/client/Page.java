package com.browseract.client;

import java.util.Collections;
import java.util.List;

/**
 * One page of a list operation.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final int page;
  private final int limit;
  private final int totalPages;
  private final int totalCount;

  static <T> Page<T> of(List<T> items, Integer page, Integer limit, Integer totalPages, Integer totalCount) {
    return new Page<>(items, page, limit, totalPages, totalCount);
  }

  /** v3's pages count their items in a 64-bit number; a count beyond an int is shown as the int's largest. */
  static <T> Page<T> of(List<T> items, Integer page, Integer limit, Integer totalPages, Long totalCount) {
    return new Page<>(items, page, limit, totalPages,
        totalCount == null ? null : (int) Math.min(totalCount, Integer.MAX_VALUE));
  }

  private Page(List<T> items, Integer page, Integer limit, Integer totalPages, Integer totalCount) {
    this.items = items == null ? List.of() : Collections.unmodifiableList(items);
    this.page = page == null ? 1 : page;
    this.limit = limit == null ? this.items.size() : limit;
    this.totalPages = totalPages == null ? this.page : totalPages;
    this.totalCount = totalCount == null ? this.items.size() : totalCount;
  }

  /** @return the items of this page, never null */
  public List<T> items() {
    return items;
  }

  /** @return this page's number, from 1 */
  public int page() {
    return page;
  }

  /** @return the page size that was applied */
  public int limit() {
    return limit;
  }

  /** @return how many pages there are in all */
  public int totalPages() {
    return totalPages;
  }

  /** @return how many items there are over all pages */
  public int totalCount() {
    return totalCount;
  }

  /** @return true when a page follows this one */
  public boolean hasNext() {
    return page < totalPages && !items.isEmpty();
  }

  @Override
  public String toString() {
    return "Page{page=" + page + "/" + totalPages + ", items=" + items.size() + ", totalCount=" + totalCount + "}";
  }
}
