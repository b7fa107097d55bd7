package com.browseract.cli;

import com.browseract.client.RunOptions;
import com.browseract.client.v3.model.CreateRunRequest;
import com.browseract.client.v3.model.CreateTemplateRunRequest;
import com.browseract.client.v3.model.StartedRun;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code browseract bots run BOT_ID} and {@code bots run-template TEMPLATE_ID}: the input is read and typed (and
 * checked) against the bot's schema before the run is started; with {@code --wait} the run is followed to its end.
 */
abstract class BotStartCommand extends ApiCommand {
  @Mixin
  BotInputMixin input;

  @Mixin
  StartOptionsMixin start;

  @Option(names = "--download", paramLabel = "DIR",
      description = "With --wait: write the run's result files and the files it downloaded to DIR/TASK_ID/.")
  Path download;

  @Override
  public final Integer call() {
    if (download != null && !start.waitForEnd) {
      throw new IllegalArgumentException("--download needs --wait: a run's files exist once it has ended");
    }
    try (Listening listening = start.listen(this)) {
      Map<String, Object> values = input.input(this::inputSchema);
      RunOptions options = input.validate() ? start.runOptions() : start.runOptions().withoutInputCheck();
      StartedRun started = start(values, listening.orReceiver(start.callbackUrl),
          listening.orReceiver(start.statusCallbackUrl), options);
      return RunPrinting.afterStart(this, started, start, listening, download);
    }
  }

  /** The schema the input is typed by. */
  abstract Map<String, Object> inputSchema();

  /** Starts the run; the SDK checks {@code values} against the schema first unless {@code options} say not to. */
  abstract StartedRun start(Map<String, Object> values, String callbackUrl, String statusCallbackUrl,
      RunOptions options);

  /** {@code browseract bots run BOT_ID}. */
  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {"Start a run of a bot; with --wait follow it to the end and print its output and files.",
          "The bot's input_schema is read first: it types every --input value, and input that does not fit it is"
              + " refused (exit 2) before the run is started."})
  static final class OfBot extends BotStartCommand {
    @Parameters(paramLabel = "BOT_ID", description = "The bot to run (see bots list).")
    String botId;

    @Override
    Map<String, Object> inputSchema() {
      return client().bots().get(botId).getInputSchema();
    }

    @Override
    StartedRun start(Map<String, Object> values, String callbackUrl, String statusCallbackUrl, RunOptions options) {
      return client().bots().run(botId, new CreateRunRequest().input(values).callbackUrl(callbackUrl)
          .statusChangeCallbackUrl(statusCallbackUrl), options);
    }
  }

  /** {@code browseract bots run-template TEMPLATE_ID}: the same, for an official template. */
  @Command(name = "run-template", mixinStandardHelpOptions = true,
      description = {"Start a run of an official bot template; with --wait follow it to the end.",
          "The template's input_schema types and checks the input first, as for bots run."})
  static final class OfTemplate extends BotStartCommand {
    @Parameters(paramLabel = "TEMPLATE_ID", description = "The template to run (see bots templates list).")
    String templateId;

    @Option(names = "--proxy-region", paramLabel = "CODE", description = "Proxy region (see bots regions).")
    String proxyRegion;

    @Override
    Map<String, Object> inputSchema() {
      return client().bots().templates().get(templateId).getInputSchema();
    }

    @Override
    StartedRun start(Map<String, Object> values, String callbackUrl, String statusCallbackUrl, RunOptions options) {
      return client().bots().runTemplate(templateId, new CreateTemplateRunRequest().input(values)
          .proxyRegion(proxyRegion).callbackUrl(callbackUrl).statusChangeCallbackUrl(statusCallbackUrl), options);
    }
  }
}
