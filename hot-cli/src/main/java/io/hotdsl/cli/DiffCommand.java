package io.hotdsl.cli;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.diff.StackDiff;
import io.hotdsl.diff.StackInput;
import io.hotdsl.diff.UpdateImpact;
import io.hotdsl.files.FileRoot;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.schema.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hot diff OLD NEW}: what updating a stack from OLD to NEW will do, resource by resource. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Show what updating a stack from OLD to NEW does to each resource (added, "
        + "removed, updated in place, replaced, failing) and why, property by property, as "
        + "Heat 19 decides it. With --stack NAME TEMPLATE: the running stack (template, "
        + "environment, files and parameters fetched from Heat) against TEMPLATE. Exit status 0 "
        + "when no update fails, 1 when one would or an input is invalid, 2 when a file cannot "
        + "be read or Heat cannot be reached.")
final class DiffCommand implements Callable<Integer>, Hot.Subject {
  @Spec
  CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description =
          "the template the stack runs now (with --stack: the template to " + "update it to)")
  Path before;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      arity = "0..1",
      description = "the template to update it to (without --stack)")
  Path after;

  @picocli.CommandLine.Mixin
  DiffStackOptions stackOptions = new DiffStackOptions();

  @Option(names = "--old-env", paramLabel = "ENV", description = "an environment of OLD (repeat)")
  List<Path> beforeEnvironments = new ArrayList<>();

  @Option(names = "--new-env", paramLabel = "ENV", description = "an environment of NEW (repeat)")
  List<Path> afterEnvironments = new ArrayList<>();

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "the folder both templates, their environments and every file they "
          + "reference must lie in (default: each template's own folder)")
  Path root;

  @Option(names = "--json", description = "print the diff as JSON")
  boolean json;

  @Override
  public String subject() {
    return "hot diff " + before + " " + after;
  }

  /** The schemas properties are compared with: the generated types on the class path. */
  Catalog catalog = Catalog.standard();

  /** Input errors (HotReadException, ...) and I/O errors are reported by {@link Diagnostics}. */
  @Override
  public Integer call() {
    if (stackOptions.stack != null || after == null) {
      if (stackOptions.stack == null || after != null) {
        spec.commandLine().getErr().println("hot diff: give OLD NEW, or --stack NAME TEMPLATE");
        return Diagnostics.USAGE;
      }
      return new DiffStack(stackOptions, before, json, spec.commandLine().getOut(), catalog).call();
    }
    StackDiff diff = UpdateImpact.between(
        side(before, beforeEnvironments), side(after, afterEnvironments), catalog);
    spec.commandLine().getOut().print(json ? diff.toJson() : diff.toText());
    return diff.fails() ? Diagnostics.INVALID : Diagnostics.OK;
  }

  private StackInput side(Path template, List<Path> environments) {
    Bundle bundle = root == null
        ? Bundle.read(template, environments)
        : Bundle.read(template, environments, FileRoot.of(root));
    Map<String, Template> children = new LinkedHashMap<>();
    bundle.templates().forEach((path, tree) -> {
      if (!path.equals(bundle.rootPath())) {
        children.put(path, HotReader.fromTree(tree, path));
      }
    });
    return StackInput.of(HotReader.fromTree(bundle.rootTemplate(), bundle.rootPath()))
        .withEnvironment(bundle.mergedEnvironment())
        .withChildren(children);
  }
}
