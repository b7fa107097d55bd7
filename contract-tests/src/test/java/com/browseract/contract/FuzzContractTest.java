package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Parses answers that Prism generates from the schemas, with extra properties the way a newer API would add
 * them. Prism 5 reseeds its generator on every request, so a fixed {@code --seed} gives one repeatable answer
 * per operation: the seeded pass checks those; the volume pass runs unseeded, and any answer that fails is
 * saved under {@code target/fuzz-failures/} so it can be replayed.
 */
@Order(3)
class FuzzContractTest {
  static final int RESPONSES_PER_OPERATION = Integer.getInteger("fuzz.responses", 200);
  static final String SEED = System.getProperty("fuzz.seed", "20261129");
  private static final Path FAILURES = Paths.get("target", "fuzz-failures");

  private final ThreadLocal<String> lastBody = new ThreadLocal<>();

  /** A new operation of the spec fails only the coverage guard, by name; once it has a call, it is fuzzed too. */
  @Test
  void everyOperationFuzzedIsInTheSpec() {
    assertThat(Spec.operations().values()).containsAll(OperationCalls.BY_OPERATION.keySet());
  }

  @Test
  void generatedAnswersAllParse() throws IOException {
    List<String> failures = new ArrayList<>();
    int seeded;
    try (Prism prism = Prism.mock("-d", "--seed", SEED, "--json-schema-faker-fillProperties=true")) {
      seeded = run(prism.baseUrl(), 1, "seed-" + SEED, failures);
    }
    int unseeded;
    try (Prism prism = Prism.mock("-d", "--json-schema-faker-fillProperties=true")) {
      unseeded = run(prism.baseUrl(), RESPONSES_PER_OPERATION, "random", failures);
    }
    System.out.printf("Fuzzed responses: %d operations, %d responses parsed (%d seeded with %s, %d random), "
        + "%d failures%n", OperationCalls.BY_OPERATION.size(), seeded + unseeded, seeded, SEED, unseeded, failures.size());
    assertThat(failures).as("answers that did not parse (bodies in %s)", FAILURES.toAbsolutePath()).isEmpty();
  }

  private int run(String baseUrl, int perOperation, String label, List<String> failures) throws IOException {
    int count = 0;
    try (BrowserAct client = ContractClient.create(baseUrl, null, 0, chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      lastBody.set(response.peekBody(4 * 1024 * 1024).string());
      return response;
    })) {
      for (String operationId : OperationCalls.BY_OPERATION.keySet()) {
        for (int i = 0; i < perOperation; i++) {
          count++;
          try {
            OperationCalls.callAndCheck(operationId, client);
          } catch (RuntimeException | AssertionError e) {
            Path saved = save(operationId + "-" + label + "-" + i + ".json", lastBody.get());
            failures.add(operationId + ": " + e.getMessage() + " (body: " + saved + ")");
          }
        }
      }
    }
    return count;
  }

  private static Path save(String name, String body) throws IOException {
    Files.createDirectories(FAILURES);
    return Files.writeString(FAILURES.resolve(name), body == null ? "" : body, StandardCharsets.UTF_8);
  }
}
