package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

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
 * v3's counterpart of {@link FuzzContractTest}: answers Prism generates from v3's schemas (with extra
 * properties, as a newer API would add them) must parse into the generated v3 models with every required field.
 * One seeded pass, then {@code fuzz.responses} unseeded answers per operation; failing bodies are saved under
 * {@code target/fuzz-failures/}.
 */
@Order(3)
class BotFuzzContractTest {
  private static final Path FAILURES = Paths.get("target", "fuzz-failures");

  private final ThreadLocal<String> lastBody = new ThreadLocal<>();

  @Test
  void generatedAnswersAllParse() throws IOException {
    List<String> failures = new ArrayList<>();
    int seeded;
    try (Prism prism = Prism.mockV3("-d", "--seed", FuzzContractTest.SEED, "--json-schema-faker-fillProperties=true")) {
      seeded = run(prism.baseUrl(), 1, "seed-" + FuzzContractTest.SEED, failures);
    }
    int unseeded;
    try (Prism prism = Prism.mockV3("-d", "--json-schema-faker-fillProperties=true")) {
      unseeded = run(prism.baseUrl(), FuzzContractTest.RESPONSES_PER_OPERATION, "random", failures);
    }
    System.out.printf("Fuzzed v3 responses: %d operations, %d responses parsed (%d seeded with %s, %d random), "
        + "%d failures%n", BotOperationCalls.BY_OPERATION.size(), seeded + unseeded, seeded, FuzzContractTest.SEED,
        unseeded, failures.size());
    assertThat(seeded).isEqualTo(BotOperationCalls.BY_OPERATION.size());
    assertThat(failures).as("answers that did not parse (bodies in %s)", FAILURES.toAbsolutePath()).isEmpty();
  }

  private int run(String baseUrl, int perOperation, String label, List<String> failures) throws IOException {
    int count = 0;
    try (BotsClient client = BotsClient.create(baseUrl, null, chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      lastBody.set(response.peekBody(4 * 1024 * 1024).string());
      return response;
    })) {
      for (String operationId : BotOperationCalls.BY_OPERATION.keySet()) {
        for (int i = 0; i < perOperation; i++) {
          count++;
          try {
            BotOperationCalls.callAndCheck(operationId, client);
          } catch (RuntimeException | AssertionError e) {
            Files.createDirectories(FAILURES);
            Path saved = Files.writeString(FAILURES.resolve("v3-" + operationId + "-" + label + "-" + i + ".json"),
                lastBody.get() == null ? "" : lastBody.get(), StandardCharsets.UTF_8);
            failures.add(operationId + ": " + e.getMessage() + " (body: " + saved + ")");
          }
        }
      }
    }
    return count;
  }
}
