package io.hotdsl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code hot diff --stack NAME TEMPLATE [-e ENV]...}: the running stack to diff
 * against, and where Heat is.
 */
final class DiffStackOptions {
  @Option(
      names = "--stack",
      paramLabel = "NAME",
      description = "diff the running stack NAME (its template, environment, files and "
          + "parameters, fetched from Heat) against TEMPLATE")
  String stack;

  @Option(
      names = {"-e", "--environment"},
      paramLabel = "ENV",
      description = "with --stack: an environment of TEMPLATE (repeat; later ones win)")
  List<Path> environments = new ArrayList<>();

  @Option(
      names = {"-P", "--parameter"},
      paramLabel = "KEY=VALUE",
      description = "with --stack: a parameter value the update would send (repeat)")
  List<String> parameters = new ArrayList<>();

  @Option(
      names = "--existing",
      description = "with --stack: as hot deploy --existing (PATCH): parameters not given keep "
          + "their values in the stack")
  boolean existing;

  @Mixin
  HeatOptions heat = new HeatOptions();
}
