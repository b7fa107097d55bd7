package com.browseract.spec;

import java.util.List;

/**
 * The result of comparing two versions of the spec.
 *
 * @param verdict how the change affects SDK users
 * @param enumAdditions enum values added at the same place, reported separately
 * @param changelog openapi-diff's Markdown changelog of operations, parameters and fields
 */
record ChangeReport(Verdict verdict, List<EnumAdditions.Addition> enumAdditions, String changelog) {

  /** The whole report as Markdown: verdict, version bump, enum additions, then the changelog. */
  String toMarkdown(String baseLabel, String currentLabel, String version) {
    StringBuilder md = new StringBuilder()
        .append("# Spec changes: ").append(baseLabel).append(" → ").append(currentLabel).append("\n\n")
        .append("- **Verdict:** ").append(verdict.summary()).append('\n')
        .append("- **Semantic versioning:** ").append(verdict.bump());
    if (version != null) {
      md.append(" (").append(version).append(" → ").append(verdict.bump().next(version)).append(')');
    }
    md.append("\n\n");
    if (!enumAdditions.isEmpty()) {
      md.append("## Enum values added\n\n");
      for (EnumAdditions.Addition addition : enumAdditions) {
        md.append("- `").append(addition.pointer()).append("`: ").append(addition.values()).append('\n');
      }
      md.append("\nClients that reject values they do not know break on these; browseract-java maps them to")
          .append(" `UNKNOWN`.\n\n");
    }
    return md.append("## Changelog (openapi-diff)\n\n").append(changelog.strip()).append('\n').toString();
  }
}
