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
 * {@code make update-spec} end to end, from a local file, in a copy of the project. The runs that reach the
 * contract suite run its smoke set ({@code CONTRACT=smoke}: one call per operation through the wrapper, and the
 * coverage guard): what a spec change can break; the whole suite runs in {@code make test} itself.
 */
class UpdateSpecIT {
  @TempDir
  Path temp;

  RepoCopy copy() throws Exception {
    return RepoCopy.of(RepoCopy.projectRoot(), Files.createDirectory(temp.resolve("repo")));
  }

  /** Today's upstream.yaml, changed by {@code edit}, written where update-spec can fetch it. */
  Path upstreamWith(RepoCopy repo, java.util.function.Consumer<Map<String, Object>> edit) throws Exception {
    Map<String, Object> tree = SpecDocument.read(repo.resolve("openapi/upstream.yaml")).copyOfTree();
    edit.accept(tree);
    return Files.writeString(temp.resolve("published.yaml"), SpecDocument.of(tree).toYaml());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> child(Map<String, Object> node, String... keys) {
    for (String key : keys) {
      node = (Map<String, Object>) node.get(key);
    }
    return node;
  }

  /**
   * What BrowserAct may add without breaking anyone: optional query parameters, an optional request field, an
   * optional response field, an enum value. The wrapper must compile and pass unchanged.
   */
  @SuppressWarnings("unchecked")
  static void addWhatBrowserActMayAdd(Map<String, Object> tree) {
    List<Object> parameters = (List<Object>) child(tree, "paths", "/v2/workflow/list-tasks", "get").get("parameters");
    for (String name : List.of("sort_by", "order", "tag")) {
      parameters.add(Map.of("name", name, "in", "query", "required", false, "schema", Map.of("type", "string")));
    }
    child(tree, "components", "schemas", "WorkflowTaskResponse", "properties").put("region", Map.of("type", "string"));
    child(tree, "components", "schemas", "RunWorkflowTaskRequest", "properties")
        .put("priority", Map.of("type", "integer"));
    ((List<Object>) child(tree, "components", "schemas", "TaskStatus").get("enum")).add("queued");
  }

  /** A new operation, as BrowserAct may add one: get-task's path item copied under a new path and operationId. */
  @SuppressWarnings("unchecked")
  static void addAnOperation(Map<String, Object> tree) {
    Map<String, Object> getTask = child(tree, "paths", "/v2/workflow/get-task");
    Map<String, Object> copied = SpecDocument.of(getTask).copyOfTree();
    ((Map<String, Object>) copied.get("get")).put("operationId", "getTaskLogs");
    child(tree, "paths").put("/v2/workflow/get-task-logs", copied);
  }

  /**
   * One update with everything BrowserAct may add: the additions regenerate and the wrapper compiles and passes
   * its smoke calls unchanged (no hand edit), while the new operation fails the coverage guard alone, by name,
   * and the summary says so. (One build instead of one per case: the build is what costs.)
   */
  @Test
  void additionsPassUnchangedWhileANewOperationFailsOnlyTheCoverageGuard() throws Exception {
    try (RepoCopy repo = copy()) {
      Path published = upstreamWith(repo, tree -> {
        addWhatBrowserActMayAdd(tree);
        addAnOperation(tree);
      });

      RepoCopy.Result result = repo.run(Duration.ofMinutes(10), List.of("CONTRACT=smoke"),
          "make", "update-spec", "SPEC=" + published);

      assertThat(result.exitCode()).as(result.output()).isNotZero();
      assertThat(result.output())
          .contains("overlay:         applied")
          .contains("changes:         not breaking for browseract-java: enum values were added")
          .contains("version bump:    MINOR")
          .contains("lint:            passed")
          .containsPattern("contract: +FAILED \\(smoke: Tests run: [1-9]\\d*, Failures: 1, Errors: 0, .*"
              + "CoverageContractTest.everyOperationWasExercisedWithValidRequests.*\\[getTaskLogs\\]");
      assertThat(Files.readString(repo.resolve("openapi/upstream.yaml"))).contains("region:").contains("sort_by")
          .contains("/v2/workflow/get-task-logs");
      assertThat(Files.readString(repo.resolve("openapi/browseract.yaml"))).contains("region:")
          .contains("x-browseract-java: addition");
      Path generated = repo.resolve("generated-client/target/generated-sources/openapi/src/main/java/com/browseract/"
          + "client/");
      assertThat(Files.readString(generated.resolve("model/Task.java"))).contains("getRegion()");
      assertThat(Files.readString(generated.resolve("model/RunTaskRequest.java"))).contains("priority(Integer");
      assertThat(Files.readString(generated.resolve("model/TaskStatus.java"))).contains("QUEUED(\"queued\")");
      assertThat(Files.readString(generated.resolve("internal/api/TasksApi.java")))
          .contains("{@code sort_by}, {@code order}, {@code tag}")
          .contains("pageTasks(@retrofit2.http.QueryMap Map<String, Object> optional)")
          .contains("getTaskLogs(");
      assertThat(repo.run(Duration.ofMinutes(1), List.of(), "make", "spec-check").exitCode()).isZero();
    }
  }

  @Test
  void removedOperationIsBreakingAndTheOverlayActionsLeftOverAreNamed() throws Exception {
    try (RepoCopy repo = copy()) {
      Path published = upstreamWith(repo, tree -> child(tree, "paths").remove("/v2/workflow/get-region-list"));

      RepoCopy.Result result = repo.run(Duration.ofMinutes(5), List.of("CONTRACT=0"),
          "make", "update-spec", "SPEC=" + published);

      assertThat(result.exitCode()).as(result.output()).isNotZero();
      assertThat(result.output())
          .contains("$.paths['/v2/workflow/get-region-list'].get")
          .contains("overlay:         FAILED")
          .contains("changes:         BREAKING")
          .contains("version bump:    MAJOR (0.2.0-SNAPSHOT → 1.0.0)")
          .contains("/v2/workflow/get-region-list");
    }
  }

  @Test
  void specCheckRejectsAnAdditionEditedIntoTheGeneratedFile() throws Exception {
    try (RepoCopy repo = copy()) {
      Path spec = repo.resolve("openapi/browseract.yaml");
      Files.writeString(spec, Files.readString(spec).replace("title: BrowserAct API", "title: Edited by hand"));

      RepoCopy.Result result = repo.run(Duration.ofMinutes(2), List.of(), "make", "spec-check");

      assertThat(result.exitCode()).isNotZero();
      assertThat(result.output()).contains("is not overlay.yaml applied to upstream.yaml")
          .contains("-  title: Edited by hand");
    }
  }
}
