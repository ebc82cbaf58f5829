package io.hotdsl.cli;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.deploy.HeatClient;
import io.hotdsl.deploy.HeatException;
import io.hotdsl.deploy.Stack;
import io.hotdsl.deploy.StackRequest;
import io.hotdsl.deploy.UpdateInputs;
import io.hotdsl.diff.StackDiff;
import io.hotdsl.diff.StackInput;
import io.hotdsl.diff.UpdateImpact;
import io.hotdsl.schema.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code hot diff --stack NAME TEMPLATE [-e ENV]...}: the running stack, as Heat stores it (its
 * template, environment, files map and parameter values), against the update TEMPLATE would
 * send (as {@code hot deploy} sends it). Exit 0 when no resource's update fails, 1 when one would
 * or Heat refuses (a missing stack), 2 for usage, unreadable files and an unreachable Heat.
 */
final class DiffStack extends HeatCommand {
  private final DiffStackOptions options;
  private final Path template;
  private final boolean json;
  private final PrintWriter out;
  private final Catalog catalog;

  DiffStack(
      DiffStackOptions options, Path template, boolean json, PrintWriter out, Catalog catalog) {
    this.options = options;
    this.template = template;
    this.json = json;
    this.out = out;
    this.catalog = catalog;
  }

  @Override
  String name() {
    return "hot diff";
  }

  @Override
  int run() {
    Bundle bundle = Bundle.read(template, options.environments);
    Path dir = template.toAbsolutePath().normalize().getParent();
    StackRequest.Builder request = StackRequest.fromBundle(bundle, dir);
    for (String p : options.parameters) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("-P " + p + ": expected KEY=VALUE");
      }
      request.parameter(p.substring(0, eq), p.substring(eq + 1));
    }
    HeatClient client = options.heat.client();
    Stack stack = client.find(options.stack).orElse(null);
    if (stack == null) {
      return fail("stack " + options.stack + " not found at " + client.endpoint(), 1);
    }
    StackDiff diff;
    try {
      StackInput running = UpdateInputs.running(client, stack);
      diff = UpdateImpact.between(
          running,
          UpdateInputs.proposed(request.existing(options.existing).build(), running),
          catalog);
    } catch (HeatException e) {
      throw e;
    } catch (io.hotdsl.yaml.HotReadException e) {
      return fail("stack " + options.stack + ": " + e.getMessage(), 1);
    }
    out.print(json ? diff.toJson() : diff.toText());
    out.flush();
    return diff.fails() ? 1 : 0;
  }
}
