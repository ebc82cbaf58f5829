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
 * {@code hot validate TEMPLATE [-e ENV]...}: path-precise problems on stdout, exit 0 when valid, 1
 * when not, 2 when a file cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate a template with its environments, nested templates and files, as "
        + "Heat 19 would before creating the stack. Prints one line per problem "
        + "(FILE:LINE:COL: error: ... or FILE: PATH: error: ...). Exit status 0 when valid, 1 "
        + "when not, 2 when a file cannot be read.")
final class ValidateCommand implements Callable<Integer>, Hot.Subject {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEMPLATE", description = "the root template (YAML/JSON)")
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
    return String.valueOf(template);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
    try {
      Bundle bundle = root == null ? Bundle.read(template, environments)
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
      out.println(Diagnostics.line(p));
    }
    summary(err, (result.isValid() ? "valid" : "invalid") + " (" + result.errors().size()
        + " errors, " + result.warnings().size() + " warnings)");
    return result.isValid() ? Diagnostics.OK : Diagnostics.INVALID;
  }

  private void summary(PrintWriter err, String verdict) {
    if (!quiet) {
      err.println(Diagnostics.oneLine(template + ": " + verdict));
    }
  }
}
