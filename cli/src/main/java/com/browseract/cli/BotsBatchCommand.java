package com.browseract.cli;

import com.browseract.client.internal.schema.InputTyping;
import com.browseract.client.batch.BatchInput;
import com.browseract.client.batch.BatchTarget;
import picocli.CommandLine.Command;

/**
 * {@code browseract bots batch BOT_ID --inputs FILE|-}: {@code browseract batch} for a v3 bot (or, with
 * {@code --template}, a bot template), by the same engine and with every option of it. Before anything starts,
 * every input is read against the bot's {@code input_schema}: CSV columns (and JSON Lines values) typed by it, a
 * name it does not declare or a value not of its type refused naming the line and the field.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Run a bot (or, with --template, an official bot template) once per input: JSON Lines of input "
        + "objects, or a CSV file whose header names the inputs, its columns typed by the bot's input_schema.",
        "Every input is checked against the schema before the first start; --dry-run checks and starts nothing. "
            + "The journal records every start before it is sent: run the same command again after a crash or "
            + "Ctrl-C to resume without starting any input twice. Delete the journal to begin a new batch."})
final class BotsBatchCommand extends BatchCommand {
  @Override
  BatchTarget target() {
    return template ? BatchTarget.botTemplate(id) : BatchTarget.bot(id);
  }

  @Override
  void checkInputs(Iterable<BatchInput> source) {
    InputTyping typing = InputTyping.of(template ? client().bots().templates().get(id).getInputSchema()
        : client().bots().get(id).getInputSchema()).jsonText();
    for (BatchInput input : source) {
      try {
        typing.values(input.parameters());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + input.line() + ": " + e.getMessage(), e);
      }
    }
  }
}
