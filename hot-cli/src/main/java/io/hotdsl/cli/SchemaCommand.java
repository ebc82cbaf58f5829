package io.hotdsl.cli;

import io.hotdsl.files.SafeOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hot schema --out FILE}: the JSON Schema of HOT templates (or environments) for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Write the JSON Schema of HOT templates (or, with --environment, of "
        + "environments) covering every Heat 19 resource type, for editors such as "
        + "yaml-language-server ('# yaml-language-server: $schema=FILE').")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  static final String TEMPLATE = "/io/hotdsl/schema/hot-template.schema.json";
  static final String ENVIRONMENT = "/io/hotdsl/schema/hot-environment.schema.json";

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE",
      description = "where to write the schema")
  Path out;

  @Option(names = "--environment", description = "the schema of environments instead")
  boolean environment;

  @Override
  public Integer call() throws IOException {
    String resource = environment ? ENVIRONMENT : TEMPLATE;
    try (InputStream in = SchemaCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        spec.commandLine()
            .getErr()
            .println("hot schema: error: " + resource + " is not on the "
                + "class path (it is generated into hot-dsl-resources)");
        return Diagnostics.USAGE;
      }
      SafeOutput.writeFile(out, in.readAllBytes()); // whole or not at all
    }
    spec.commandLine().getErr().println("wrote " + out);
    return Diagnostics.OK;
  }
}
