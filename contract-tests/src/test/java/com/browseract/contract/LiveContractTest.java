package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Read-only calls to the real API through a validating Prism proxy ({@code make contract-live}), see
 * {@link LiveCheck}. Needs {@code BROWSERACT_API_KEY}; starts no task. Skipped unless {@code contract.upstream} is
 * set. With {@code contract.record} set to a folder, every answer is saved there for {@code recorded-answers/}
 * (v3's in its sub-folder {@code v3/}, for {@code recorded-answers-v3/}). v2 is checked by {@link LiveCheck}, v3 by
 * {@link BotsLiveCheck}.
 */
@Order(5)
@EnabledIfSystemProperty(named = "contract.upstream", matches = "https?://.+")
class LiveContractTest {
  @Test
  void realAnswersMatchTheSpec() {
    LiveCheck check = new LiveCheck(upstream(), apiKey(), recordFolder(""));

    assertThat(check.run()).as("answers that differ from openapi/browseract.yaml").isEmpty();
  }

  @Test
  void realV3AnswersMatchTheSpec() {
    BotsLiveCheck check = new BotsLiveCheck(upstream(), apiKey(), recordFolder("v3"));

    assertThat(check.run()).as("answers that differ from openapi/v3/browseract.yaml").isEmpty();
  }

  private static String upstream() {
    return System.getProperty("contract.upstream");
  }

  private static String apiKey() {
    String key = System.getenv("BROWSERACT_API_KEY");
    assertThat(key).as("BROWSERACT_API_KEY must be set for make contract-live").isNotBlank();
    return key;
  }

  /** Where {@code RECORD} saves the answers ({@code subfolder} of it), or null when nothing is to be saved. */
  private static Path recordFolder(String subfolder) {
    String record = System.getProperty("contract.record", "");
    return record.isBlank() ? null : Path.of(record, subfolder).toAbsolutePath();
  }
}
