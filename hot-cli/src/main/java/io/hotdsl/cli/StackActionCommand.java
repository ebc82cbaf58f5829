package io.hotdsl.cli;

import io.hotdsl.deploy.Deployment;
import java.io.PrintStream;
import picocli.CommandLine.Mixin;

/**
 * A command that asks Heat for one action on one stack and follows it ({@code hot delete},
 * {@code hot abandon}, {@code hot adopt --stack}): the wait and Heat options, and the deployment
 * they set up.
 */
abstract class StackActionCommand extends HeatCommand {
  @Mixin
  WaitOptions wait = new WaitOptions();

  @Mixin
  HeatOptions heat = new HeatOptions();

  /**
   * The deployment of {@code stack} that waits as the options say, printing events to
   * {@code events} (problems to stderr). Commands call {@code wait.check()} first, before they
   * touch any file.
   */
  Deployment.Builder deployment(String stack, PrintStream events) {
    return Deployment.builder(heat.client(), stack)
        .listener(new EventPrinter(events, System.err))
        .pollInterval(wait.poll())
        .timeout(wait.timeout())
        .waitForCompletion(!wait.noWait);
  }
}
