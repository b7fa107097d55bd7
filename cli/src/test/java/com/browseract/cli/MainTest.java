package com.browseract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);

  private static String picocliPrints(String... args) {
    StringWriter text = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(text, true));
    assertThat(cli.execute(args)).isZero();
    return text.toString();
  }

  @Test
  void aLoneVersionOptionIsAnsweredAtOnceWithExactlyWhatPicocliPrints() {
    for (String option : new String[] {"--version", "-V"}) {
      out.reset();

      assertThat(Main.answeredAtOnce(new String[] {option}, stream)).isTrue();

      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(picocliPrints(option))
          .startsWith("browseract ");
    }
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    for (String[] args : new String[][] {{}, {"--version", "regions"}, {"--json", "--version"}, {"--help"},
        {"regions"}, {"--versions"}}) {
      assertThat(Main.answeredAtOnce(args, stream)).as(String.join(" ", args)).isFalse();
    }
    assertThat(out.size()).isZero();
  }
}
