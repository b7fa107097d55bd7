package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every v3 CLI command against Prism on BrowserAct's v3 document: the static mock (the document's examples) and a
 * seeded dynamic one (answers generated from the schemas, with extra properties), each plain and with
 * {@code --json}. Not here: {@code runs download}, whose example links have expired and name no real host (the
 * CLI tests download from a local server), and {@code bots batch} (its own end-to-end test).
 */
@Order(6)
@ExtendWith(PrismExtension.class)
class BotsCliContractTest {
  private static Prism dynamic;

  @BeforeAll
  static void startDynamic() {
    dynamic = Prism.mockV3("-d", "--seed", FuzzContractTest.SEED, "--json-schema-faker-fillProperties=true");
  }

  @AfterAll
  static void stopDynamic() {
    dynamic.close();
  }

  /**
   * Commands whose answers are fine whatever they hold: read, list one page, start without waiting, cancel,
   * resume. (A seeded Prism answers every page alike, with a made-up page count: --all would not end.)
   */
  static Stream<String> anyAnswer() {
    return Stream.of(
        "bots list --type workflow --keyword order --page 1 --limit 100",
        "bots get 1001",
        "bots run 1001 --no-validate --input order_id=A-100 --callback-url https://hooks.example.com/a"
            + " --status-callback-url https://hooks.example.com/b",
        "bots run 1001 --no-validate --input-json {\"order_id\":\"A-100\"}",
        "bots run-template 3001 --no-validate --input url=https://example.com --proxy-region US",
        "bots templates list --keyword price --limit 5",
        "bots templates get 3001",
        "bots regions",
        "runs list --bot-id 1001 --status running --created-from 2026-08-01 --created-to 2026-08-31T00:00:00Z"
            + " --page 1 --limit 100",
        "runs get 93001",
        "runs status 93001",
        "runs cancel 93001 --biz-code 101",
        "runs resume 93001");
  }

  /** The static mock's examples in addition: the schema read and checked, and waits that end ("finished"). */
  static Stream<String> staticAnswers() {
    return Stream.concat(anyAnswer(), Stream.of(
        "bots list --all --limit 100",
        "runs list --bot-name Order --all --limit 100",
        "bots run 1001 --input order_id=A-100",
        "bots run 1001 --input order_id=A-100 --wait --poll-interval 10ms",
        "bots run-template 3001 --input url=https://example.com --proxy-region US --wait --poll-interval 10ms",
        "runs wait 93001 --timeout 10s --poll-interval 10ms"));
  }

  @ParameterizedTest
  @MethodSource("staticAnswers")
  void commandSucceedsOnTheDocumentsExamples(String command, PrismExtension.MockV3Url mock) {
    succeedsPlainAndJson(mock.value, command);
  }

  @ParameterizedTest
  @MethodSource("anyAnswer")
  void commandSucceedsOnGeneratedAnswers(String command) {
    succeedsPlainAndJson(dynamic.baseUrl(), command);
  }

  @Test
  void aValueThatBreaksTheBotsSchemaExitsTwoNamingTheField(PrismExtension.MockV3Url mock) {
    InProcessCli run = InProcessCli.run(mock.value, false, "bots run 1001 --input order_id=A-100 --input colour=red");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err.trim()).isEqualTo("error: --input colour is not an input of this bot (its inputs: order_id)");
  }

  @Test
  void aRunPrintsItsOutputIndentedAndItsFilesWithSizes(PrismExtension.MockV3Url mock) {
    InProcessCli plain = InProcessCli.run(mock.value, false, "runs get 93001");
    InProcessCli json = InProcessCli.run(mock.value, true, "runs get 93001");

    assertThat(plain.out).contains("Run 93001  finished").contains("Output:\n{\n  \"company_name\": \"Example Corp\",")
        .contains("csv       result.csv           768 bytes")
        .contains("download  company-profile.pdf  245760 bytes");
    assertThat(json.out).contains("\"output\": {\n    \"company_name\": \"Example Corp\",")
        .contains("\"file_size\": 768").contains("\"credit\": 42");
  }

  private static void succeedsPlainAndJson(String url, String command) {
    for (boolean json : new boolean[] {false, true}) {
      InProcessCli run = InProcessCli.run(url, json, command);

      assertThat(run.code).as("exit code of %s%s; stderr: %s", json ? "--json " : "", command, run.err).isZero();
      assertThat(run.out + run.err).doesNotContain(ContractClient.TEST_KEY);
      if (json) {
        assertThat(run.out.trim()).as("stdout of --json %s", command).matches("(?s)^[\\[{].*[\\]}]$");
      } else {
        assertThat(run.out).as("stdout of %s", command).isNotBlank();
      }
    }
  }
}
