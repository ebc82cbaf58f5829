package io.hotdsl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hot} command line: render the examples, validate templates, list resource types,
 * compare templates.
 */
@Command(
    name = "hot",
    mixinStandardHelpOptions = true,
    version = "hot-dsl 0.1.0-SNAPSHOT (OpenStack Heat 19.0.0 schemas)",
    description = "Typed OpenStack Heat templates: render, validate, inspect.",
    footer = {"", "More commands (each with --help):",
        "  adopt    Build a template from a project's running resources (--from-dir, --cloud)",
        "  import   Turn HOT templates into hot-dsl Java: import TEMPLATE [-e ENV]... --java-out DIR"},
    subcommands = {
        RenderCommand.class,
        ValidateCommand.class,
        TypesCommand.class,
        DiffCommand.class,
        SchemaCommand.class,
        DeployCommand.class,
        OutputsCommand.class,
        DeleteCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Hot {
  private Hot() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (0 ok, 1 invalid input, 2 usage). */
  public static int run(String... args) {
    if (args.length > 0 && args[0].equals("adopt")) {
      return new io.hotdsl.adopt.AdoptCommandLine(System.out, System.err).run(args);
    }
    if (args.length > 0 && args[0].equals("import")) {
      return io.hotdsl.importer.ImportCommandLine.run(System.out, System.err,
          java.util.Arrays.copyOfRange(args, 1, args.length));
    }
    return new CommandLine(new Hot()).execute(args);
  }
}
