package com.browseract.spec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/** Compares two versions of the spec with openapi-diff and classifies the change. */
final class SpecComparison {
  private SpecComparison() {}

  static ChangeReport compare(SpecDocument base, SpecDocument current) {
    ChangedOpenApi diff = diff(base, current);
    List<EnumAdditions.Addition> additions = EnumAdditions.between(base, current);
    return new ChangeReport(verdict(diff, base, current, additions), additions, markdown(diff));
  }

  private static Verdict verdict(ChangedOpenApi diff, SpecDocument base, SpecDocument current,
      List<EnumAdditions.Addition> additions) {
    DiffResult result = diff.isChanged();
    if (result.isIncompatible()) {
      boolean onlyAddedEnumValues = !additions.isEmpty()
          && !diff(base, EnumAdditions.withoutAdditions(current, additions)).isChanged().isIncompatible();
      return onlyAddedEnumValues ? Verdict.ABSORBED : Verdict.BREAKING;
    }
    if (result.isUnchanged()) {
      return Verdict.NO_CHANGES;
    }
    return result.isMetaChanged() ? Verdict.DOCUMENTATION : Verdict.COMPATIBLE;
  }

  private static ChangedOpenApi diff(SpecDocument base, SpecDocument current) {
    return OpenApiCompare.fromContents(base.asOpenApi30(), current.asOpenApi30());
  }

  private static String markdown(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
