package com.browseract.cli;

import com.browseract.client.DownloadOptions;
import com.browseract.client.DownloadedFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code browseract files download TASK_ID [--dir DIR] [--overwrite]}. */
@Command(name = "files", mixinStandardHelpOptions = true, description = "Download the files a task produced.",
    subcommands = FilesCommand.Download.class)
final class FilesCommand extends GroupCommand {

  @Command(name = "download", mixinStandardHelpOptions = true, description = "Download a task's files.")
  static final class Download extends TaskIdCommand {
    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write them (default: ./TASK_ID/).")
    Path dir;

    @Option(names = "--overwrite", description = "Replace files already there (default: new names, 'x (2).csv').")
    boolean overwrite;

    @Override
    public Integer call() {
      Path target = dir != null ? dir : folderFor(taskId);
      List<DownloadedFile> written = client().files().download(client().tasks().get(taskId), target,
          DownloadOptions.overwrite(overwrite));
      print(printer(), written, target);
      return ExitCodes.OK;
    }
  }

  /** The folder named after a task: an id is digits, but it comes from the command line. */
  static Path folderFor(String taskId) {
    return Path.of(taskId.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_"));
  }

  /** The files written: a JSON list, or a table and a count on stderr. */
  static void print(Printer printer, List<DownloadedFile> written, Path target) {
    List<Map<String, String>> rows = written.stream().map(FilesCommand::row).collect(Collectors.toList());
    printer.result(rows, () -> {
      printer.table(List.of("GUID", "NAME", "WRITTEN TO"), rows.stream()
          .map(r -> List.of(Printer.text(r.get("guid")), Printer.text(r.get("name")), r.get("path")))
          .collect(Collectors.toList()));
      printer.err.println(rows.size() + " files in " + target);
    });
  }

  private static Map<String, String> row(DownloadedFile file) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("guid", file.guid());
    row.put("name", file.remoteName());
    row.put("path", file.path().toString());
    return row;
  }
}
