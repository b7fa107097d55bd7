package com.browseract.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code browseract files download TASK_ID [--dir DIR]}. */
@Command(name = "files", mixinStandardHelpOptions = true, description = "Download the files a task produced.",
    subcommands = FilesCommand.Download.class)
final class FilesCommand extends GroupCommand {

  @Command(name = "download", mixinStandardHelpOptions = true, description = "Download a task's files.")
  static final class Download extends ApiCommand {
    @Parameters(paramLabel = "TASK_ID")
    String taskId;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write them (default: current directory).")
    Path dir = Path.of(".");

    @Override
    public Integer call() {
      List<Path> written = client().files().download(client().tasks().get(taskId), dir);
      List<String> paths = written.stream().map(Path::toString).collect(Collectors.toList());
      printer().result(paths, () -> {
        paths.forEach(printer()::line);
        printer().err.println(paths.size() + " files");
      });
      return ExitCodes.OK;
    }
  }
}
