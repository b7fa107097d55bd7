package com.browseract.cli;

import com.browseract.client.model.Region;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code browseract regions}. */
@Command(name = "regions", mixinStandardHelpOptions = true, description = "List the proxy regions for templates.")
final class RegionsCommand extends ApiCommand {
  @Override
  public Integer call() {
    List<Region> regions = client().regions().list();
    printer().result(regions, () -> printer().table(List.of("CODE", "NAME"), regions.stream()
        .map(r -> List.of(Printer.text(r.getCode()), Printer.text(r.getName()))).collect(Collectors.toList())));
    return ExitCodes.OK;
  }
}
