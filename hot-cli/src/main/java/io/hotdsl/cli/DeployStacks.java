package io.hotdsl.cli;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.deploy.DeployListener;
import io.hotdsl.deploy.DeployResult;
import io.hotdsl.deploy.Deployment;
import io.hotdsl.deploy.Deployments;
import io.hotdsl.deploy.HeatClient;
import io.hotdsl.deploy.HeatException;
import io.hotdsl.deploy.StackEvent;
import io.hotdsl.deploy.StackRequest;
import io.hotdsl.files.FileRoot;
import io.hotdsl.openstack.OpenStackException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code hot deploy --stacks FILE [--concurrency N]}: reads every stack of the manifest (the same
 * reading as a single deploy) before deploying any, then deploys them through {@link
 * Deployments#run} with at most N at once, prefixing each event with its stack's name, and ends
 * with one line per stack in the manifest's order.
 */
final class DeployStacks {
  private final PrintStream out;
  private final PrintStream err;

  DeployStacks(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * How long a deploy waits for its stack: a minute past Heat's own timeout ({@code --timeout},
   * sent as {@code timeout_mins}), else 60 minutes.
   */
  static Duration waitLimit(Integer timeoutMinutes) {
    return timeoutMinutes == null
        ? Duration.ofMinutes(60)
        : Duration.ofMinutes(timeoutMinutes + 1L);
  }

  /**
   * Deploys the manifest's stacks; the exit status: 0 all complete, 1 any failed or Heat refused
   * one, 2 when Heat could not be reached for one.
   *
   * @throws StackManifest.Invalid for a manifest that cannot be used (before anything is sent)
   */
  int run(
      Path manifest,
      int concurrency,
      Integer timeoutMinutes,
      Duration poll,
      Supplier<HeatClient> heat) {
    List<StackManifest.Entry> entries = StackManifest.read(manifest);
    FileRoot root = StackManifest.rootOf(manifest);
    List<StackRequest> requests = new ArrayList<>();
    for (StackManifest.Entry e : entries) {
      Bundle bundle = Bundle.read(e.template(), e.environments(), root);
      StackRequest.Builder request = StackRequest.fromBundle(bundle, root.dir());
      e.parameters().forEach(request::parameter);
      if (timeoutMinutes != null) {
        request.timeoutMins(timeoutMinutes);
      }
      requests.add(request.build());
    }
    HeatClient client = heat.get();
    List<Deployment> deployments = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      StackManifest.Entry e = entries.get(i);
      Deployment.Builder b;
      try {
        b = Deployment.builder(client, e.name());
      } catch (IllegalArgumentException bad) {
        throw new StackManifest.Invalid(e.where() + ": " + bad.getMessage());
      }
      deployments.add(b.request(requests.get(i))
          .listener(new Prefixed(e.name()))
          .pollInterval(poll)
          .timeout(waitLimit(timeoutMinutes))
          .build());
    }
    out.println("Deploying " + entries.size() + " stacks, at most " + concurrency + " at once, at "
        + client.endpoint());
    out.flush();
    List<Deployments.Outcome> outcomes = Deployments.run(deployments, concurrency);
    return summary(outcomes);
  }

  private int summary(List<Deployments.Outcome> outcomes) {
    out.println("Summary:");
    int failed = 0;
    boolean unreachable = false;
    List<String> names = new ArrayList<>();
    for (Deployments.Outcome o : outcomes) {
      String line = o.describe();
      if (o.result().isPresent() && !o.complete()) {
        DeployResult r = o.result().get();
        line += r.timedOut() ? " (still " + r.status() + "; left as it is)" : " — " + r.failure();
      }
      out.println("  " + line.replaceAll("\\s*\\R\\s*", " "));
      if (!o.complete()) {
        failed++;
        names.add(o.stackName());
        unreachable |= o.error().filter(e -> e instanceof OpenStackException).isPresent();
      }
    }
    out.flush();
    if (failed == 0) {
      return 0;
    }
    err.println("hot deploy: " + failed + " of " + outcomes.size() + " stacks did not complete: "
        + String.join(", ", names));
    return unreachable ? 2 : 1;
  }

  /** Prints each event with its stack's name first. */
  private final class Prefixed implements DeployListener {
    private final String stack;

    Prefixed(String stack) {
      this.stack = stack;
    }

    @Override
    public void event(StackEvent e) {
      out.println(stack + "  " + e);
      out.flush();
    }

    @Override
    public void retrying(HeatException failure, Duration wait) {
      err.println(stack + "  retrying in " + wait.toSeconds() + " s: " + failure.getMessage());
    }
  }
}
