package com.browseract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make update-spec API=v3} from a local file, in a copy of the project: v3's document has v2's life cycle
 * (see {@link UpdateSpecIT}), in {@code openapi/v3/}, and leaves v2's spec alone.
 */
class UpdateSpecV3IT {
  @TempDir
  Path temp;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> node, String... keys) {
    for (String key : keys) {
      node = (Map<String, Object>) node.get(key);
    }
    return node;
  }

  /**
   * One update with an optional response field, an optional query parameter, a new status and a new operation:
   * the additions regenerate and pass the smoke calls unchanged, the new operation fails v3's coverage guard
   * alone, by name.
   */
  @Test
  @SuppressWarnings("unchecked")
  void v3AdditionsPassUnchangedWhileANewOperationFailsOnlyTheCoverageGuard() throws Exception {
    try (RepoCopy repo = RepoCopy.of(RepoCopy.projectRoot(), Files.createDirectory(temp.resolve("repo")))) {
      Map<String, Object> tree = SpecDocument.read(repo.resolve("openapi/v3/upstream.yaml")).copyOfTree();
      Map<String, Object> schemas = child(tree, "components", "schemas");
      child(schemas, "BotRunDetailResponse", "properties").put("region", Map.of("type", "string"));
      ((List<Object>) child(schemas, "BotRunStatus").get("enum")).add("queued");
      ((List<Object>) child(tree, "paths", "/v3/bots/runs", "get").get("parameters"))
          .add(Map.of("name", "sort_by", "in", "query", "required", false, "schema", Map.of("type", "string")));
      Map<String, Object> logs = SpecDocument.of(child(tree, "paths", "/v3/bots/runs/{task_id}/status")).copyOfTree();
      ((Map<String, Object>) logs.get("get")).put("operationId", "queryRunLogs");
      child(tree, "paths").put("/v3/bots/runs/{task_id}/logs", logs);
      Path published = Files.writeString(temp.resolve("openapi_3.yaml"), SpecDocument.of(tree).toYaml());
      String v2Before = Files.readString(repo.resolve("openapi/browseract.yaml"));

      RepoCopy.Result result = repo.run(Duration.ofMinutes(10), List.of("CONTRACT=smoke"),
          "make", "update-spec", "API=v3", "SPEC=" + published);

      assertThat(result.exitCode()).as(result.output()).isNotZero();
      assertThat(result.output())
          .contains("files:           v3/upstream.yaml rewritten, v3/browseract.yaml rewritten")
          .contains("overlay:         applied")
          .contains("changes:         not breaking for browseract-java: enum values were added")
          .contains("version bump:    MINOR")
          .contains("lint:            passed")
          .containsPattern("contract: +FAILED \\(smoke: Tests run: [1-9]\\d*, Failures: 1, Errors: 0, .*"
              + "CoverageContractTest.everyV3OperationWasExercisedWithValidRequests.*\\[queryRunLogs\\]")
          .contains("report:          target/spec/report-v3.md");
      assertThat(Files.readString(repo.resolve("openapi/v3/browseract.yaml"))).contains("region:").contains("sort_by")
          .contains("x-browseract-java: addition");
      assertThat(Files.readString(repo.resolve("openapi/browseract.yaml"))).isEqualTo(v2Before);
      Path models = repo.resolve("generated-client/target/generated-sources/openapi-v3/src/main/java/com/browseract/"
          + "client/v3/model/");
      assertThat(Files.readString(models.resolve("Run.java"))).contains("getRegion()");
      assertThat(Files.readString(models.resolve("RunStatus.java"))).contains("QUEUED(\"queued\")");
      assertThat(repo.run(Duration.ofMinutes(1), List.of(), "make", "spec-check").exitCode()).isZero();
    }
  }
}
