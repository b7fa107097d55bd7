package com.browseract.cli;

import com.browseract.client.Page;
import com.browseract.client.PagedIterable;
import com.browseract.client.TemplateListParams;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Base of {@code templates list} (v2's workflow templates) and {@code bots templates list} (v3's bot templates):
 * the same filter and paging, a table of id, name and what each is for.
 *
 * @param <T> a template as the API lists it
 */
abstract class TemplateListCommand<T> extends ApiCommand {
  @Option(names = "--keyword", paramLabel = "K", description = "Only templates matching this text.")
  String keyword;

  @Mixin
  PageOptionsMixin paging;

  @Override
  public final Integer call() {
    TemplateListParams params = TemplateListParams.builder().keyword(keyword).limit(paging.limit).build();
    paging.print(printer(), page -> list(params.toBuilder().page(page).build()), listAll(params),
        List.of("ID", "NAME", "FOR"), this::row);
    return ExitCodes.OK;
  }

  abstract Page<T> list(TemplateListParams params);

  abstract PagedIterable<T> listAll(TemplateListParams params);

  /** The template's id, name and what it is for. */
  abstract List<String> row(T template);
}
