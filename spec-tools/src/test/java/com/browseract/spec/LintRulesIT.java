package com.browseract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spectral ruleset (make lint) passes our spec and catches each of the faults it is there for. */
class LintRulesIT {
  @TempDir
  Path temp;

  RepoCopy.Result lint(RepoCopy repo) throws Exception {
    return repo.run(Duration.ofMinutes(2), List.of(), "make", "lint");
  }

  @Test
  void ourSpecPasses() throws Exception {
    try (RepoCopy repo = RepoCopy.of(RepoCopy.projectRoot(), Files.createDirectory(temp.resolve("r")))) {
      RepoCopy.Result result = lint(repo);

      assertThat(result.exitCode()).as(result.output()).isZero();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachOfOurRulesFires() throws Exception {
    try (RepoCopy repo = RepoCopy.of(RepoCopy.projectRoot(), Files.createDirectory(temp.resolve("r")))) {
      Path spec = repo.resolve("openapi/browseract.yaml");
      Map<String, Object> tree = SpecDocument.read(spec).copyOfTree();
      Map<String, Object> regions = UpdateSpecIT.child(tree, "paths", "/v2/workflow/get-region-list", "get");
      regions.remove("tags");
      regions.remove("operationId");
      ((Map<String, Object>) regions.get("responses")).keySet().removeIf(code -> code.startsWith("4"));
      UpdateSpecIT.child(tree, "components", "schemas", "TaskStepDto", "properties", "step_goal").remove("type");
      Files.writeString(spec, SpecDocument.of(tree).toYaml());

      RepoCopy.Result result = lint(repo);

      assertThat(result.exitCode()).isNotZero();
      assertThat(result.output()).contains("operation-tags").contains("operation-operationId")
          .contains("browseract-4xx-documented").contains("browseract-auth-and-rate-limit-documented")
          .contains("browseract-wire-properties-typed");
    }
  }
}
