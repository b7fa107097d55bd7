package com.browseract.cli;

import com.browseract.client.Page;
import com.browseract.client.PagedIterable;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code --page}, {@code --limit} and {@code --all} of the list commands. */
final class PageOptionsMixin {
  @Option(names = "--page", paramLabel = "N", description = "Page to show, from 1 (default 1).")
  int page = 1;

  @Option(names = "--limit", paramLabel = "N", description = "Items per page, 1 to 500 (default 20).")
  int limit = 20;

  @Option(names = "--all", description = "Fetch every page.")
  boolean all;

  /** Prints one page, or every item with --all, as JSON items or a table. */
  <T> void print(Printer printer, Function<Integer, Page<T>> onePage, PagedIterable<T> everything,
      List<String> headers, Function<T, List<String>> row) {
    List<T> items;
    String footer;
    if (all) {
      items = everything.stream().collect(Collectors.toList());
      footer = items.size() + " items";
    } else {
      Page<T> result = onePage.apply(page);
      items = result.items();
      footer = "page " + result.page() + " of " + result.totalPages() + ", " + result.totalCount() + " items in all";
    }
    printer.result(items, () -> {
      printer.table(headers, items.stream().map(row).collect(Collectors.toList()));
      printer.err.println(footer);
    });
  }
}
