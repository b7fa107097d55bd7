package com.browseract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SpecDiffCommandTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  PrintStream originalOut;

  @BeforeEach
  void captureOut() {
    originalOut = System.out;
    System.setOut(new PrintStream(out, true));
  }

  @AfterEach
  void restoreOut() {
    System.setOut(originalOut);
  }

  static int run(String... args) {
    return new CommandLine(new SpecDiffCommand()).execute(args);
  }

  static String fixture(String name) {
    return SpecComparisonTest.FIXTURES.resolve(name).toString();
  }

  @Test
  void breakingChangeExitsThreeUnlessAllowed() {
    assertThat(run(fixture("base.yaml"), fixture("removed-operation.yaml"))).isEqualTo(SpecDiffCommand.BREAKING);
    assertThat(run(fixture("base.yaml"), fixture("removed-operation.yaml"), "--allow-breaking")).isZero();
  }

  @Test
  void compatibleChangeExitsZeroAndWritesTheReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.md");

    int exit = run(fixture("base.yaml"), fixture("added-optional-field.yaml"), "--base-label", "HEAD~1",
        "--current-label", "working tree", "--version", "0.3.1", "--output", report.toString());

    assertThat(exit).isZero();
    assertThat(Files.readString(report)).isEqualTo(out.toString())
        .startsWith("# Spec changes: HEAD~1 → working tree").contains("MINOR (0.3.1 → 0.4.0)");
  }

  @Test
  void unreadableSpecIsAnError(@TempDir Path dir) throws Exception {
    Path notSpec = Files.writeString(dir.resolve("list.yaml"), "- just\n- a list\n");

    assertThat(run(fixture("base.yaml"), notSpec.toString())).isEqualTo(1);
  }
}
