package io.hotdsl.cli;

import io.hotdsl.deploy.Deployment;
import java.time.Duration;
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

  @Option(names = "--no-wait", description = "return once Heat has accepted the request")
  boolean noWait;

  @Option(
      names = "--timeout",
      paramLabel = "MIN",
      defaultValue = "60",
      description = "how long to wait (default: ${DEFAULT-VALUE} minutes)")
  int timeoutMinutes;

  @Option(
      names = "--poll",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description = "how often to read the status and events (default: ${DEFAULT-VALUE})")
  int pollSeconds;

  @Mixin
  HeatOptions heat = new HeatOptions();

  @Override
  String name() {
    return "hot delete";
  }

  @Override
  int run() {
    if (timeoutMinutes < 1 || timeoutMinutes > 24 * 60) {
      throw new IllegalArgumentException(
          "--timeout: expected 1..1440 minutes, not " + timeoutMinutes);
    }
    if (pollSeconds < 1 || pollSeconds > 600) {
      throw new IllegalArgumentException("--poll: expected 1..600 seconds, not " + pollSeconds);
    }
    Deployment d = Deployment.builder(heat.client(), stack)
        .listener(new EventPrinter(System.out, System.err))
        .pollInterval(Duration.ofSeconds(pollSeconds))
        .timeout(Duration.ofMinutes(timeoutMinutes))
        .waitForCompletion(!noWait)
        .build();
    return DeployCommand.report(d.delete(), noWait);
  }
}
