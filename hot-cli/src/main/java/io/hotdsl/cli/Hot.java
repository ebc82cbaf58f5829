package io.hotdsl.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    footer = {
      "",
      "More commands (each with --help):",
      "  adopt    Build a template from a project's running resources (--from-dir, --cloud);",
      "           with --stack NAME --data FILE: create a stack from hot abandon's data",
      "  import   Turn HOT templates into hot-dsl Java: import TEMPLATE [-e ENV]... --java-out DIR",
      "  lsp      The language server for editors (LSP over stdin/stdout)",
      "",
      "--debug (anywhere) prints the stack trace of a failure.",
      "Exit status: 0 valid, 1 invalid input, 2 usage error or a file that cannot be read "
          + "or written."
    })
public final class Hot {
  /**
   * The subcommands in the order {@code hot --help} lists them. Picocli reads each one's
   * annotations and the classes of its fields when it is added, so a run that names a command
   * adds that one only ({@link #subcommand}): {@code hot validate} does not load the deploy
   * client's classes.
   */
  private static final List<String> SUBCOMMANDS = List.of(
      "render",
      "validate",
      "types",
      "diff",
      "schema",
      "deploy",
      "outputs",
      "delete",
      "abandon",
      "help");

  private Hot() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the standard streams and returns its exit status. */
  public static int run(String... args) {
    return run(System.out, System.err, args);
  }

  /**
   * Runs the command line and returns its exit status: 0 valid, 1 invalid input, 2 usage error
   * or a file that cannot be read or written. Results go to {@code out}, diagnostics to {@code
   * err}, one line each; no input makes it print a stack trace unless {@code --debug} is given.
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    boolean debug = false;
    List<String> rest = new ArrayList<>();
    boolean options = true;
    for (String a : args) {
      if (options && a.equals("--debug")) {
        debug = true;
        continue;
      }
      options &= !a.equals("--");
      rest.add(a);
    }
    String[] argv = rest.toArray(String[]::new);
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    String command = argv.length > 0 ? argv[0] : "";
    try {
      if (command.equals("adopt")
          && Arrays.stream(argv)
              .anyMatch(a -> a.equals("--stack")
                  || a.startsWith("--stack=")
                  || a.equals("--data")
                  || a.startsWith("--data="))) {
        // Heat's stack adopt: the picocli command of the deploy family
        CommandLine cl = new CommandLine(new Hot());
        cl.addSubcommand("adopt", new StackAdoptCommand());
        return configure(cl, outWriter, errWriter, debug).execute(argv);
      }
      if (command.equals("adopt")) {
        return new io.hotdsl.adopt.AdoptCommandLine(out, err).run(argv);
      }
      if (command.equals("lsp")) {
        return io.hotdsl.lsp.HotLanguageServer.run(System.in, out);
      }
      if (command.equals("import")) {
        return io.hotdsl.importer.ImportCommandLine.run(
            out, err, Arrays.copyOfRange(argv, 1, argv.length));
      }
      return picocli(outWriter, errWriter, debug, command).execute(argv);
    } catch (Throwable t) { // the last resort: one line, never a stack trace for input
      if (t instanceof VirtualMachineError
          && !(t instanceof StackOverflowError)
          && !(t instanceof OutOfMemoryError)) {
        throw t;
      }
      return Diagnostics.report(t, "hot " + command, errWriter, debug);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static CommandLine picocli(
      PrintWriter out, PrintWriter err, boolean debug, String named) {
    CommandLine cl = new CommandLine(new Hot());
    // "help" lists the others: every command then, as for no command or an unknown one
    boolean one = SUBCOMMANDS.contains(named) && !named.equals("help");
    for (String name : SUBCOMMANDS) {
      if (!one || name.equals(named)) {
        cl.addSubcommand(name, subcommand(name));
      }
    }
    return configure(cl, out, err, debug);
  }

  private static CommandLine configure(
      CommandLine cl, PrintWriter out, PrintWriter err, boolean debug) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, command, parsed) -> {
      Object c = command.getCommand();
      String subject = c instanceof Subject s ? s.subject() : "hot " + command.getCommandName();
      return Diagnostics.report(e, subject, command.getErr(), debug);
    });
    return cl;
  }

  /** A new subcommand object; its class is loaded only when it is asked for. */
  private static Object subcommand(String name) {
    return switch (name) {
      case "render" -> new RenderCommand();
      case "validate" -> new ValidateCommand();
      case "types" -> new TypesCommand();
      case "diff" -> new DiffCommand();
      case "schema" -> new SchemaCommand();
      case "deploy" -> new DeployCommand();
      case "outputs" -> new OutputsCommand();
      case "delete" -> new DeleteCommand();
      case "abandon" -> new AbandonCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** A command that works on one input, named in failures that name no file. */
  interface Subject {
    String subject();
  }
}
