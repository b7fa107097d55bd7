package com.browseract.cli;

import com.browseract.client.BrowserAct;
import com.browseract.client.DownloadedFile;
import com.browseract.client.v3.model.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code browseract runs download TASK_ID [--dir DIR] [--format F]}: a run's files into {@code DIR/TASK_ID/}. */
@Command(name = "download", mixinStandardHelpOptions = true,
    description = {"Download a run's result files (every format in output_files, or the one asked for) and the"
        + " files it downloaded, into DIR/TASK_ID/.",
        "Only complete files are kept; a name already there gets a new one ('result (2).csv'): nothing is"
            + " overwritten."})
final class RunsDownloadCommand extends TaskIdCommand {
  @Option(names = "--dir", paramLabel = "DIR", description = "Where the run's folder goes (default: here).")
  Path dir = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Only this result file format: json, md, csv or xml (the files it downloaded still come).")
  String format;

  @Override
  public Integer call() {
    Run run = client().runs().get(taskId);
    Path target = dir.resolve(FilesCommand.folderFor(taskId));
    FilesCommand.print(printer(), write(client(), run, target, format), target);
    return ExitCodes.OK;
  }

  /**
   * Writes the run's result files ({@code format} only, or all) and its downloads to {@code target}.
   *
   * @throws IllegalArgumentException when the run has no result file in {@code format}; nothing is written
   */
  static List<DownloadedFile> write(BrowserAct client, Run run, Path target, String format) {
    List<String> formats = new ArrayList<>();
    if (format != null) {
      formats.add(format);
    } else if (run.getOutputFiles() != null) {
      formats.addAll(run.getOutputFiles().keySet());
    }
    List<DownloadedFile> written = new ArrayList<>();
    for (String each : formats) {
      written.add(client.files().downloadOutput(run, each, target));
    }
    written.addAll(client.files().download(run, target));
    return written;
  }
}
