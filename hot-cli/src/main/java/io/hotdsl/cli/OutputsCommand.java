package io.hotdsl.cli;

import io.hotdsl.deploy.Outputs;
import io.hotdsl.deploy.Stack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hot outputs --stack NAME [--json]}: the stack's outputs as Heat resolves them. */
@Command(
    name = "outputs",
    mixinStandardHelpOptions = true,
    description = {
      "Print the outputs of stack NAME: one 'name = value' line each, or with "
          + "--json one JSON object, output name -> value.",
      "Exit status: 0, or 1 when Heat refuses (no such stack), 2 when it cannot be reached."
    })
final class OutputsCommand extends HeatCommand {
  @Option(names = "--stack", required = true, paramLabel = "NAME", description = "the stack")
  String stack;

  @Option(names = "--json", description = "one JSON object: output name -> value")
  boolean json;

  @Mixin
  HeatOptions heat = new HeatOptions();

  @Override
  String name() {
    return "hot outputs";
  }

  @Override
  int run() {
    Stack s = heat.client().show(stack);
    Outputs outputs = s.outputs();
    if (json) {
      System.out.println(outputs.toJson().toPrettyString());
      outputs
          .errors()
          .forEach(
              (n, e) -> System.err.println("hot outputs: output " + n + " has no value: " + e));
    } else {
      DeployCommand.printOutputs(outputs);
    }
    return 0;
  }
}
