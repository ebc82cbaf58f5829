package io.hotdsl.cli;

import io.hotdsl.examples.Example;
import io.hotdsl.examples.Examples;
import io.hotdsl.examples.RenderExamples;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hot render [EXAMPLE]...}: renders and validates the example bundles. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Render the example bundles (all, or the ones named) into OUT/<example>/, "
        + "validate them and print a table. Exit status 1 if any has a problem.")
final class RenderCommand implements Callable<Integer> {
  @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = "hot-dsl-examples/target/hot",
      description = "the output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Parameters(arity = "0..*", paramLabel = "EXAMPLE", description = "names of examples to render")
  List<String> names = List.of();

  @Override
  public Integer call() {
    List<Example> examples = Examples.all().stream()
        .filter(e -> names.isEmpty() || names.contains(e.name()))
        .toList();
    if (examples.isEmpty()) {
      System.err.println("hot render: no example named " + names + "; known: "
          + Examples.all().stream().map(Example::name).toList());
      return 2;
    }
    List<RenderExamples.Result> results = RenderExamples.render(examples, out);
    RenderExamples.print(results, out, System.out);
    return results.stream().allMatch(RenderExamples.Result::ok) ? 0 : 1;
  }
}
