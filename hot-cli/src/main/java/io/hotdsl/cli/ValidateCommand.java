package io.hotdsl.cli;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.drift.ReleaseDrift;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import io.hotdsl.read.HotReadException;
import io.hotdsl.read.HotReader;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ValidationDepth;
import io.hotdsl.validate.ValidationResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hot validate TEMPLATE... [-e ENV]...}: path-precise problems on stdout, exit 0 when valid,
 * 1 when not, 2 when a file cannot be read. Several templates, folders and globs are validated in
 * parallel (as many at once as there are cores), each as if alone, then summed up.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate a template with its environments, nested templates and files, as "
        + "Heat 19 would before creating the stack. Prints one line per problem "
        + "(FILE:LINE:COL: error: ... or FILE: PATH: error: ...). Exit status 0 when valid, 1 "
        + "when not, 2 when a file cannot be read.")
final class ValidateCommand implements Callable<Integer>, Hot.Subject {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TEMPLATE",
      description = "root templates (YAML/JSON), folders (every Heat template below them) or "
          + "globs ('stacks/**/*.yaml'); several are validated in parallel")
  List<String> inputs = new ArrayList<>();

  /** The template being validated (the first input until the inputs are expanded). */
  Path template;

  @Option(names = {"-e", "--environment"}, paramLabel = "ENV",
      description = "an environment file; repeat in the order of 'openstack stack create -e'")
  List<Path> environments = new ArrayList<>();

  @Option(names = "--root", paramLabel = "DIR",
      description = "the folder the template, its environments and every file they reference "
          + "must lie in (default: the template's folder)")
  Path root;

  @Option(names = {"-q", "--quiet"}, description = "print errors only, no summary")
  boolean quiet;

  @Option(names = "--target-release", paramLabel = "RELEASE",
      description = "also report what Heat of that release (name like 'queens' or version like "
          + "'10.0.0') lacks, and deprecated or unsupported use")
  String targetRelease;

  @Option(names = "--depth", paramLabel = "validate|create", defaultValue = "create",
      converter = DepthConverter.class,
      description = "validate: what Heat's template-validate API refuses; create (default): also "
          + "what Heat refuses before it creates the stack, labelled 'fails at stack create'")
  ValidationDepth depth = ValidationDepth.CREATE;

  /** Reads "validate" or "create". */
  static final class DepthConverter implements CommandLine.ITypeConverter<ValidationDepth> {
    @Override
    public ValidationDepth convert(String value) {
      return switch (value) {
        case "validate" -> ValidationDepth.VALIDATE;
        case "create" -> ValidationDepth.CREATE;
        default -> throw new CommandLine.TypeConversionException("expected validate or create, "
            + "not '" + value + "'");
      };
    }
  }

  @Override
  public String subject() {
    return inputs.size() == 1 ? inputs.get(0) : "hot validate";
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.size() == 1 && !Inputs.isGlob(inputs.get(0))
        && !Files.isDirectory(Path.of(inputs.get(0)))) {
      return validate(Path.of(inputs.get(0)), out, err);
    }
    Inputs.Expanded expanded = Inputs.expand(inputs);
    expanded.problems().forEach(p -> err.println(Diagnostics.oneLine(p)));
    if (expanded.files().isEmpty()) {
      err.println(Diagnostics.oneLine("hot validate: error: no template found in "
          + String.join(" ", inputs)));
      return Diagnostics.USAGE;
    }
    List<Inputs.Outcome> outcomes = Inputs.inParallel(expanded.files(), file -> {
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      int status;
      try (PrintWriter po = new PrintWriter(o); PrintWriter pe = new PrintWriter(e)) {
        status = copy().validate(file, po, pe);
      }
      return new Inputs.Outcome(file, status, o.toString(), e.toString());
    });
    int valid = 0;
    int invalid = 0;
    int unreadable = expanded.problems().size();
    for (Inputs.Outcome r : outcomes) {
      out.print(r.out());
      err.print(r.err());
      switch (r.status()) {
        case Diagnostics.OK -> valid++;
        case Diagnostics.INVALID -> invalid++;
        default -> unreadable++;
      }
    }
    out.flush();
    err.println(Diagnostics.oneLine(outcomes.size() + " templates: " + valid + " valid, "
        + invalid + " invalid" + (unreadable == 0 ? "" : ", " + unreadable + " unreadable")));
    return unreadable > 0 ? Diagnostics.USAGE
        : invalid > 0 ? Diagnostics.INVALID : Diagnostics.OK;
  }

  /** This command's options for one more file (each parallel validation has its own). */
  private ValidateCommand copy() {
    ValidateCommand c = new ValidateCommand();
    c.environments = environments;
    c.root = root;
    c.quiet = quiet;
    c.targetRelease = targetRelease;
    c.depth = depth;
    return c;
  }

  /** Validates one template; prints its problems on {@code out}, its summary on {@code err}. */
  int validate(Path file, PrintWriter out, PrintWriter err) {
    this.template = file;
    List<Path> missing = new ArrayList<>();
    if (!Files.isRegularFile(template)) {
      missing.add(template);
    }
    environments.stream().filter(e -> !Files.isRegularFile(e)).forEach(missing::add);
    if (!missing.isEmpty()) {
      missing.forEach(m -> err.println(Diagnostics.oneLine(m + ": error: "
          + (Files.isDirectory(m) ? "a directory, not a file" : "no such file"))));
      return Diagnostics.USAGE;
    }
    ValidationResult result;
    Bundle bundle;
    try {
      bundle = root == null ? Bundle.read(template, environments)
          : Bundle.read(template, environments, FileRoot.of(root));
      result = BundleValidator.validateAll(bundle, depth);
      if (targetRelease != null) {
        List<Problem> all = new ArrayList<>(result.problems());
        bundle.templates().forEach((path, tree) -> {
          for (Problem p : ReleaseDrift.check(HotReader.fromTree(tree, path), targetRelease)) {
            all.add(new Problem(path + ": " + p.path(), p.message(), p.severity()));
          }
        });
        result = new ValidationResult(all);
      }
    } catch (HotReadException e) {
      // what is wrong with the input is validate's result: stdout, like the problems below
      out.println(Diagnostics.oneLine(e.diagnostic()));
      summary(err, "invalid (it cannot be read)");
      return Diagnostics.INVALID;
    } catch (FileAccessException e) {
      if (Diagnostics.status(e) == Diagnostics.USAGE) {
        err.println(Diagnostics.line(e));
        return Diagnostics.USAGE;
      }
      out.println(Diagnostics.line(e));
      summary(err, "invalid (it reads a file it may not read)");
      return Diagnostics.INVALID;
    } catch (HotValidationException e) {
      e.problems().forEach(p -> out.println(Diagnostics.line(p)));
      summary(err, "invalid (" + e.problems().size() + " errors)");
      return Diagnostics.INVALID;
    }
    for (Problem p : result.problems()) {
      out.println(Diagnostics.line(p, shown(p.path(), bundle)));
    }
    summary(err, (result.isValid() ? "valid" : "invalid") + " (" + result.errors().size()
        + " errors, " + result.warnings().size() + " warnings)");
    return result.isValid() ? Diagnostics.OK : Diagnostics.INVALID;
  }

  /**
   * {@code path} with its leading bundle file ({@code web.yaml: resources...}) shown as the user
   * named it: relative to the read root, or to the template's folder as given on the command line
   * ({@code stacks/web.yaml: resources...}).
   */
  private String shown(String path, Bundle bundle) {
    int colon = path.indexOf(": ");
    if (colon < 0) {
      return path;
    }
    String file = path.substring(0, colon);
    if (!bundle.templates().containsKey(file) && !bundle.environments().containsKey(file)
        && !bundle.files().containsKey(file)) {
      return path;
    }
    Path base = root != null ? root : template.getParent();
    return (base == null ? file : base.resolve(file).normalize().toString())
        + path.substring(colon);
  }

  private void summary(PrintWriter err, String verdict) {
    if (!quiet) {
      err.println(Diagnostics.oneLine(template + ": " + verdict));
    }
  }
}
