package io.hotdsl.cli;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.drift.ReleaseDrift;
import io.hotdsl.read.HotReadException;
import io.hotdsl.read.HotReader;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ValidationDepth;
import io.hotdsl.validate.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hot validate TEMPLATE [-e ENV]...}: path-precise errors, exit 0 when valid, 1 when not. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate a template with its environments, nested templates and files, as "
        + "Heat 19 would before creating the stack. Exit status 0 when valid, 1 when not.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TEMPLATE", description = "the root template (YAML/JSON)")
  Path template;

  @Option(names = {"-e", "--environment"}, paramLabel = "ENV",
      description = "an environment file; repeat in the order of 'openstack stack create -e'")
  List<Path> environments = new ArrayList<>();

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
  public Integer call() {
    List<Path> missing = new ArrayList<>();
    if (!Files.isRegularFile(template)) {
      missing.add(template);
    }
    environments.stream().filter(e -> !Files.isRegularFile(e)).forEach(missing::add);
    if (!missing.isEmpty()) {
      missing.forEach(m -> System.err.println("hot validate: no such file: " + m));
      return 1;
    }
    ValidationResult result;
    try {
      Bundle bundle = Bundle.read(template, environments);
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
      System.out.println("error: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      System.out.println("error: " + template + ": " + e.getMessage());
      return 1;
    }
    for (Problem p : result.problems()) {
      System.out.println((p.severity() == io.hotdsl.validate.Severity.ERROR ? "error: " : "warning: ")
          + p.path() + ": " + p.message());
    }
    if (!quiet) {
      System.err.println(template + ": " + (result.isValid() ? "valid" : "invalid") + " ("
          + result.errors().size() + " errors, " + result.warnings().size() + " warnings)");
    }
    return result.isValid() ? 0 : 1;
  }
}
