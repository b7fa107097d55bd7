package com.browseract.cli;

import com.browseract.client.BotListParams;
import com.browseract.client.v3.model.Bot;
import com.browseract.client.v3.model.BotSummary;
import com.browseract.client.v3.model.BotType;
import com.browseract.client.v3.model.Region;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code browseract bots …}: the v3 API's bots, their runs, templates and regions. */
@Command(name = "bots", mixinStandardHelpOptions = true,
    description = "v3 (Bots): list and show your bots, run one (or, with batch, one per input), official bot"
        + " templates, proxy regions.",
    subcommands = {BotsCommand.ListBots.class, BotsCommand.Get.class, BotStartCommand.OfBot.class,
        BotStartCommand.OfTemplate.class, BotTemplatesCommand.class, BotsCommand.Regions.class,
        BotsBatchCommand.class})
final class BotsCommand extends GroupCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the account's published bots.")
  static final class ListBots extends ApiCommand {
    @Option(names = "--type", paramLabel = "TYPE", description = "Only bots of this type: workflow or agent.")
    BotType type;

    @Option(names = "--keyword", paramLabel = "K", description = "Only bots whose name or description has K.")
    String keyword;

    @Mixin
    PageOptionsMixin paging;

    @Override
    public Integer call() {
      BotListParams params = BotListParams.builder().botType(type).keyword(keyword).limit(paging.limit).build();
      paging.print(printer(), page -> client().bots().list(params.toBuilder().page(page).build()),
          client().bots().listAll(params), List.of("ID", "TYPE", "NAME", "PUBLISHED"),
          (BotSummary b) -> List.of(Printer.text(b.getBotId()), Printer.text(b.getBotType()),
              Printer.text(b.getName()), Printer.text(b.getPublishedAt())));
      return ExitCodes.OK;
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true,
      description = "Show a bot: its description and the schemas of its input and output.")
  static final class Get extends ApiCommand {
    @Parameters(paramLabel = "BOT_ID")
    String botId;

    @Override
    public Integer call() {
      Bot bot = client().bots().get(botId);
      printer().result(bot, () -> {
        Printer printer = printer();
        printer.line("Bot " + bot.getBotId() + "  " + Printer.text(bot.getName()) + " (" + bot.getBotType() + ")");
        if (bot.getDescription() != null) {
          printer.line("  " + bot.getDescription());
        }
        printer.line("  published " + (bot.getPublishedAt() == null ? "never" : bot.getPublishedAt()));
        printer.schema("Input", bot.getInputSchema());
        printer.schema("Output", bot.getOutputSchema());
      });
      return ExitCodes.OK;
    }
  }

  @Command(name = "regions", mixinStandardHelpOptions = true,
      description = "List the proxy regions a template run may use (run-template --proxy-region).")
  static final class Regions extends ApiCommand {
    @Override
    public Integer call() {
      List<Region> regions = client().bots().regions();
      printer().result(regions, () -> printer().table(List.of("CODE", "NAME"), regions.stream()
          .map(r -> List.of(Printer.text(r.getCode()), Printer.text(r.getName()))).collect(Collectors.toList())));
      return ExitCodes.OK;
    }
  }
}
