package io.hotdsl.cli;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.drift.HeatRelease;
import io.hotdsl.drift.ReleaseDrift;
import io.hotdsl.files.FileAccessException;
import io.hotdsl.files.FileRoot;
import io.hotdsl.read.HotReader;
import io.hotdsl.schema.Catalog;
import io.hotdsl.validate.HotValidationException;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ValidationDepth;
import io.hotdsl.validate.ValidationResult;
import io.hotdsl.yaml.HotReadException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hot validate TEMPLATE... [-e ENV]...}: problems on stderr ({@code file:line:col: severity:
 * message}), each template's verdict on stdout (or one JSON document with {@code --json}), exit 0
 * when valid, 1 when not, 2 when a file cannot be read. Several templates, folders and globs are
 * validated in parallel (as many at once as there are cores), each as if alone, then summed up.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate a template with its environments, nested templates and files, as "
        + "Heat 19 would before creating the stack. Prints one line per problem on stderr "
        + "(FILE:LINE:COL: error: MESSAGE, or FILE: PATH: error: MESSAGE where no line is "
        + "known) and each template's verdict on stdout. Exit status 0 when valid, 1 when not, "
        + "2 when a file cannot be read.")
final class ValidateCommand implements Callable<Integer>, Hot.Subject {
  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "TEMPLATE",
      description = "root templates (YAML/JSON), folders (every Heat template below them) or "
          + "globs ('stacks/**/*.yaml'); several are validated in parallel")
  List<String> inputs = new ArrayList<>();

  /**
   * The resource types every template is validated against: the generated ones on the class path
   * (the CLI takes no type files of its own), one catalog for the whole run.
   */
  Catalog catalog = Catalog.standard();

  /** The template being validated (the first input until the inputs are expanded). */
  Path template;

  @Option(
      names = {"-e", "--environment"},
      paramLabel = "ENV",
      description = "an environment file; repeat in the order of 'openstack stack create -e'")
  List<Path> environments = new ArrayList<>();

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "the folder the template, its environments and every file they reference "
          + "must lie in (default: the template's folder)")
  Path root;

  @Option(
      names = {"-q", "--quiet"},
      description = "print the problems only: no verdict per template, no summary")
  boolean quiet;

  @Option(
      names = "--json",
      description = "print one JSON document on stdout: files, problems "
          + "(file, line, column, path, severity, message) and summary; nothing on stderr")
  boolean json;

  @Mixin
  Style.ColorOption color = new Style.ColorOption();

  @Option(
      names = "--target-release",
      paramLabel = "RELEASE",
      description = "also report what Heat of that release (name like 'queens' or version like "
          + "'10.0.0') lacks, and deprecated or unsupported use")
  String targetRelease;

  @Option(
      names = "--depth",
      paramLabel = "validate|create",
      defaultValue = "create",
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
        default ->
          throw new CommandLine.TypeConversionException(
              "expected validate or create, " + "not '" + value + "'");
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
    List<Finding> inputProblems = new ArrayList<>();
    List<Report> reports;
    boolean many = !(inputs.size() == 1
        && !Inputs.isGlob(inputs.get(0))
        && !Files.isDirectory(Path.of(inputs.get(0))));
    if (!many) {
      reports = List.of(validate(Path.of(inputs.get(0))));
    } else {
      Inputs.Expanded expanded = Inputs.expand(inputs);
      for (String p : expanded.problems()) {
        int at = p.indexOf(": error: ");
        inputProblems.add(
            at < 0
                ? Finding.ofFile("hot validate", p)
                : Finding.ofFile(p.substring(0, at), p.substring(at + ": error: ".length())));
      }
      if (expanded.files().isEmpty()) {
        inputProblems.add(
            Finding.ofFile("hot validate", "no template found in " + String.join(" ", inputs)));
        reports = List.of();
      } else {
        reports = Inputs.inParallel(expanded.files(), file -> copy().validate(file));
      }
    }
    Summary summary = Summary.of(reports, inputProblems.size());
    if (json) {
      out.println(ValidateJson.of(reports, inputProblems, summary));
    } else {
      Style style = Style.of(color.choice);
      inputProblems.forEach(f -> err.println(f.text(style)));
      for (Report r : reports) {
        r.findings().forEach(f -> err.println(f.text(style)));
        err.flush();
        if (!quiet && r.verdict() != null) {
          out.println(Diagnostics.oneLine(r.file() + ": " + r.verdict()));
        }
      }
      if (!quiet && many && !reports.isEmpty()) {
        out.println(summary.text());
      }
    }
    out.flush();
    err.flush();
    return summary.status();
  }

  /** This command's options for one more file (each parallel validation has its own). */
  private ValidateCommand copy() {
    ValidateCommand c = new ValidateCommand();
    c.environments = environments;
    c.root = root;
    c.quiet = quiet;
    c.targetRelease = targetRelease;
    c.depth = depth;
    c.catalog = catalog;
    return c;
  }

  /** Validates one template: its problems, exit status and verdict. */
  Report validate(Path file) {
    this.template = file;
    String shownTemplate = file.toString();
    List<Path> missing = new ArrayList<>();
    if (!Files.isRegularFile(template)) {
      missing.add(template);
    }
    environments.stream().filter(e -> !Files.isRegularFile(e)).forEach(missing::add);
    if (!missing.isEmpty()) {
      return new Report(
          shownTemplate,
          Diagnostics.USAGE,
          missing.stream()
              .map(m -> Finding.ofFile(
                  m.toString(), Files.isDirectory(m) ? "a directory, not a file" : "no such file"))
              .toList(),
          null);
    }
    FileRoot fileRoot;
    try {
      fileRoot = FileRoot.of(
          root != null ? root : template.toAbsolutePath().normalize().getParent());
    } catch (IllegalArgumentException e) {
      return new Report(
          shownTemplate,
          Diagnostics.USAGE,
          List.of(Finding.ofFile(String.valueOf(root), "not a directory")),
          null);
    }
    Locations where = new Locations(template, environments, root, fileRoot);
    ValidationResult result;
    try {
      Bundle bundle = Bundle.read(template, environments, fileRoot);
      result = BundleValidator.validateAll(bundle, depth, catalog);
      if (targetRelease != null) {
        List<Problem> all = new ArrayList<>(result.problems());
        // a hidden or deprecated property validate warns about is not warned about twice
        java.util.Set<String> warned = new java.util.HashSet<>();
        result.warnings().forEach(w -> warned.add(w.path()));
        HeatRelease release = HeatRelease.parse(targetRelease);
        bundle.templates().forEach((path, tree) -> {
          for (Problem p : ReleaseDrift.check(HotReader.fromTree(tree, path), release, catalog)) {
            Problem at = p.withPath(path + ": " + p.path());
            if (p.severity() == io.hotdsl.validate.Severity.ERROR || !warned.contains(at.path())) {
              all.add(at);
            }
          }
        });
        result = new ValidationResult(all);
      }
    } catch (HotReadException e) {
      return new Report(
          shownTemplate, Diagnostics.INVALID, List.of(where.of(e)), "invalid (it cannot be read)");
    } catch (FileAccessException e) {
      Finding f = where.of(e);
      if (Diagnostics.status(e) == Diagnostics.USAGE) {
        return new Report(shownTemplate, Diagnostics.USAGE, List.of(f), null);
      }
      return new Report(
          shownTemplate,
          Diagnostics.INVALID,
          List.of(f),
          "invalid (it reads a file it may not read)");
    } catch (HotValidationException e) {
      List<Finding> fs = e.problems().stream().map(where::of).toList();
      return new Report(
          shownTemplate,
          Diagnostics.INVALID,
          fs,
          "invalid (" + Summary.count(fs.size(), "error") + ")");
    }
    List<Finding> findings = result.problems().stream().map(where::of).toList();
    return new Report(
        shownTemplate,
        result.isValid() ? Diagnostics.OK : Diagnostics.INVALID,
        findings,
        (result.isValid() ? "valid" : "invalid") + " ("
            + Summary.count(result.errors().size(), "error") + ", "
            + Summary.count(result.warnings().size(), "warning") + ")");
  }

  /**
   * What validating one template found: the template as named, its exit status, its problems,
   * and its verdict line ({@code valid (0 errors, 1 warning)}; null for a usage error).
   */
  record Report(String file, int status, List<Finding> findings, String verdict) {
    long errors() {
      return findings.stream().filter(Finding::error).count();
    }

    long warnings() {
      return findings.size() - errors();
    }
  }
}
