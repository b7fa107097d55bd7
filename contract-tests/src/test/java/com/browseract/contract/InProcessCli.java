package com.browseract.contract;

import com.browseract.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the CLI in this JVM, with what it printed. */
final class InProcessCli {
  final int code;
  final String out;
  final String err;

  private InProcessCli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code browseract} with the test key, {@code --base-url url}, {@code --json} if asked, then the command. */
  static InProcessCli run(String url, boolean json, String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String prefix = "--api-key " + ContractClient.TEST_KEY + " --base-url " + url + (json ? " --json " : " ");
    int code = cli.execute((prefix + command).split(" "));
    return new InProcessCli(code, out.toString(), err.toString());
  }
}
