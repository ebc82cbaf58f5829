package io.hotdsl.cli;

import io.hotdsl.deploy.Deployment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
final class DeleteCommand extends HeatCommand {
  @Option(names = "--stack", required = true, paramLabel = "NAME", description = "the stack")
  String stack;

  @Mixin
  WaitOptions wait = new WaitOptions();

  @Mixin
  HeatOptions heat = new HeatOptions();

  @Override
  String name() {
    return "hot delete";
  }

  @Override
  int run() {
    wait.check();
    Deployment d = Deployment.builder(heat.client(), stack)
        .listener(new EventPrinter(System.out, System.err))
        .pollInterval(wait.poll())
        .timeout(wait.timeout())
        .waitForCompletion(!wait.noWait)
        .build();
    return DeployCommand.report(d.delete(), wait.noWait);
  }
}
