package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CLI command once against the static mock, with and without {@code --json}. */
@Order(6)
@ExtendWith(PrismExtension.class)
class CliContractTest {
  @TempDir
  static Path downloads;

  static Stream<String> commands() {
    return Stream.of(
        "run 77638424152140851 -i keyword=laptops --save-browser-data --profile-id p1"
            + " --callback-url https://hooks.example.com/a --status-callback-url https://hooks.example.com/b",
        "run 77638424152140851 -i keyword=laptops --wait --poll-interval 10ms",
        "run-template tpl_1 -i url=https://example.com --region US --wait --poll-interval 10ms",
        "task get 90183340215371521",
        "task status 90183340215371521",
        "task stop 90183340215371521 --biz-code 101",
        "task resume 90183340215371521",
        "task wait 90183340215371521 --timeout 10s --poll-interval 10ms --max-poll-interval 1s",
        "tasks list --status running --workflow-id wf --page 1 --limit 50",
        "tasks list --all --limit 500",
        "workflows list --page 1 --limit 20",
        "workflows get 77638424152140851",
        "templates list --keyword amazon --limit 5",
        "templates get tpl_123456789",
        "regions",
        "files download 90183340215371521 --dir " + downloads);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void commandSucceeds(String command, PrismExtension.MockUrl mock) {
    for (boolean json : new boolean[] {false, true}) {
      InProcessCli run = InProcessCli.run(mock.value, json, command);

      assertThat(run.code).as("exit code of %s; stderr: %s", command, run.err).isZero();
      assertThat(run.out + run.err).doesNotContain(ContractClient.TEST_KEY);
      if (json) {
        assertThat(run.out.trim()).as("stdout of --json %s", command).matches("(?s)^[\\[{].*[\\]}]$");
      }
    }
  }
}
