package com.browseract.cli;

import com.browseract.client.DownloadedFile;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.StartedRun;
import java.nio.file.Path;
import java.util.List;

/** What bots run and run-template print once the run is created: the run's id, or with --wait its end. */
final class RunPrinting {
  private RunPrinting() {
  }

  static int afterStart(ApiCommand command, StartedRun started, StartOptionsMixin start, Listening listening,
      Path download) {
    Printer printer = command.printer();
    String id = started.getTaskId();
    if (!start.waitForEnd) {
      printer.result(started, () -> printer.line("Started run " + id + " (" + started.getStatus() + ")"));
      return ExitCodes.OK;
    }
    printer.err.println("Started run " + id);
    Run run = start.waiting.await(id, printer, listening.url(), WaitHint.V3,
        options -> command.client().runs().waitFor(id, options));
    printer.result(run, () -> printer.run(run));
    if (download != null) {
      Path target = download.resolve(FilesCommand.folderFor(id));
      List<DownloadedFile> written = RunsDownloadCommand.write(command.client(), run, target, null);
      if (!printer.json) {
        printer.line("");
        FilesCommand.print(printer, written, target);
      } else {
        printer.err.println(written.size() + " files in " + target);
      }
    }
    return ExitCodes.OK;
  }
}
