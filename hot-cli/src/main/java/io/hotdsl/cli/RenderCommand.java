package io.hotdsl.cli;

import io.hotdsl.examples.Example;
import io.hotdsl.examples.Examples;
import io.hotdsl.examples.RenderExamples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hot render [EXAMPLE]...}: renders and validates the example bundles. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render the example bundles (all, or the ones named) into OUT/<example>/, "
        + "validate them and print a table (with --json one JSON document). Exit status 1 if any "
        + "has a problem.")
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "OUT",
      defaultValue = "hot-dsl-examples/target/hot",
      description = "the output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Parameters(arity = "0..*", paramLabel = "EXAMPLE", description = "names of examples to render")
  List<String> names = List.of();

  @Option(
      names = "--json",
      description = "one JSON document on stdout: out, examples [{example, "
          + "files, resources, ok, problems}], failed")
  boolean json;

  @Override
  public Integer call() {
    List<Example> examples = Examples.all().stream()
        .filter(e -> names.isEmpty() || names.contains(e.name()))
        .toList();
    if (examples.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(Diagnostics.oneLine("hot render: error: no example " + "named " + names
              + "; known: " + Examples.all().stream().map(Example::name).toList()));
      return Diagnostics.USAGE;
    }
    List<RenderExamples.Result> results = RenderExamples.render(examples, out);
    if (json) {
      spec.commandLine().getOut().println(ValidateJson.write(json(results)));
      return results.stream().allMatch(RenderExamples.Result::ok) ? 0 : 1;
    }
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    RenderExamples.print(results, out, new PrintStream(table, true, StandardCharsets.UTF_8));
    spec.commandLine().getOut().print(table.toString(StandardCharsets.UTF_8));
    return results.stream().allMatch(RenderExamples.Result::ok) ? 0 : 1;
  }

  private Map<String, Object> json(List<RenderExamples.Result> results) {
    List<Map<String, Object>> list = results.stream()
        .map(r -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("example", r.example());
          m.put("files", r.files());
          m.put("resources", r.resources());
          m.put("ok", r.ok());
          m.put("problems", r.problems());
          return m;
        })
        .toList();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("out", out.toString());
    doc.put("examples", list);
    doc.put("failed", results.stream().filter(r -> !r.ok()).count());
    return doc;
  }
}
