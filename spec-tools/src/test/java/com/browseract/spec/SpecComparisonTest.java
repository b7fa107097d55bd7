package com.browseract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecComparisonTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  static ChangeReport compareWithBase(String fixture) throws Exception {
    return SpecComparison.compare(SpecDocument.read(FIXTURES.resolve("base.yaml")),
        SpecDocument.read(FIXTURES.resolve(fixture)));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "base.yaml,                      NO_CHANGES",
      "documentation-only.yaml,        DOCUMENTATION",
      "removed-operation.yaml,         BREAKING",
      "new-required-parameter.yaml,    BREAKING",
      "changed-field-type.yaml,        BREAKING",
      "removed-enum-value.yaml,        BREAKING",
      "added-optional-field.yaml,      COMPATIBLE",
      "added-operation.yaml,           COMPATIBLE",
      "added-response-enum-value.yaml, ABSORBED",
  })
  void classifiesEachFixture(String fixture, Verdict expected) throws Exception {
    assertThat(compareWithBase(fixture).verdict()).isEqualTo(expected);
  }

  @Test
  void changelogNamesTheRemovedOperation() throws Exception {
    String markdown = compareWithBase("removed-operation.yaml").toMarkdown("base", "new", "0.1.0-SNAPSHOT");

    assertThat(markdown).contains("**Verdict:** BREAKING").contains("MAJOR (0.1.0-SNAPSHOT → 1.0.0)")
        .contains("/tasks/{id}");
  }

  @Test
  void changelogNamesTheNewParameterAndTheNewOperation() throws Exception {
    assertThat(compareWithBase("new-required-parameter.yaml").changelog()).contains("workspace");
    assertThat(compareWithBase("added-operation.yaml").toMarkdown("a", "b", "0.1.0"))
        .contains("DELETE").contains("/tasks/{id}").contains("MINOR (0.1.0 → 0.2.0)");
  }

  @Test
  void addedResponseEnumValueIsListedAndExplained() throws Exception {
    ChangeReport report = compareWithBase("added-response-enum-value.yaml");

    assertThat(report.enumAdditions())
        .containsExactly(new EnumAdditions.Addition("/components/schemas/Status/enum", List.of("paused")));
    assertThat(report.toMarkdown("a", "b", null)).contains("UNKNOWN").contains("`/components/schemas/Status/enum`")
        .contains("[paused]").contains("**Semantic versioning:** MINOR\n");
  }

  @Test
  @SuppressWarnings("unchecked")
  void enumAdditionNextToARealBreakIsStillBreaking() throws Exception {
    Map<String, Object> tree = SpecDocument.read(FIXTURES.resolve("removed-operation.yaml")).copyOfTree();
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) tree.get("components")).get("schemas");
    ((List<Object>) ((Map<String, Object>) schemas.get("Status")).get("enum")).add("paused");

    ChangeReport report = SpecComparison.compare(SpecDocument.read(FIXTURES.resolve("base.yaml")),
        SpecDocument.of(tree));

    assertThat(report.enumAdditions()).hasSize(1);
    assertThat(report.verdict()).isEqualTo(Verdict.BREAKING);
  }
}
