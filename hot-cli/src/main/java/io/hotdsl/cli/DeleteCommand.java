package io.hotdsl.cli;

import io.hotdsl.deploy.Deployment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hot delete --stack NAME [--no-wait]}: deletes the stack, following its events. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete stack NAME and print each event as it comes.",
      "Exit status: 0 when it ends DELETE_COMPLETE, 1 when it fails or Heat refuses (no "
          + "such stack), 2 for usage errors and a Heat that cannot be reached."
    })
final class DeleteCommand extends StackActionCommand {
  @Option(names = "--stack", required = true, paramLabel = "NAME", description = "the stack")
  String stack;

  @Override
  String name() {
    return "hot delete";
  }

  @Override
  int run() {
    wait.check();
    Deployment d = deployment(stack, System.out).build();
    return DeployCommand.report(d.delete(), wait.noWait);
  }
}
