package io.hotdsl.cli;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.drift.ReleaseDrift;
import io.hotdsl.files.FileRoot;
import io.hotdsl.read.HotReadException;
import io.hotdsl.read.HotReader;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
      Bundle bundle = root == null ? Bundle.read(template, environments)
          : Bundle.read(template, environments, FileRoot.of(root));
      result = BundleValidator.validateAll(bundle);
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
