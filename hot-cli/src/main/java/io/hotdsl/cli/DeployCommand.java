package io.hotdsl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.bundle.Bundle;
import io.hotdsl.deploy.DeployResult;
import io.hotdsl.deploy.Deployment;
import io.hotdsl.deploy.HeatClient;
import io.hotdsl.deploy.ImpactComparison;
import io.hotdsl.deploy.Outputs;
import io.hotdsl.deploy.StackRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hot deploy TEMPLATE [-e ENV]... --stack NAME}: creates the stack, or updates it when it
 * exists (after printing the offline impact next to Heat's preview), then follows its events;
 * {@code hot deploy --stacks FILE [--concurrency N]} deploys a manifest's stacks ({@link
 * DeployStacks}).
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Create stack NAME from TEMPLATE and its environments, or update it when it "
          + "exists, sending what python-heatclient sends (files map, environment_files).",
      "Before an update it prints what hot (offline) and Heat's preview say each resource "
          + "will do, marking with * where they differ; --dry-run stops there.",
      "Then it prints each event as it comes, a summary and the outputs.",
      "With --stacks FILE it reads every stack the manifest lists, then deploys them at most "
          + "--concurrency at once, each event prefixed by its stack, and ends with one line per "
          + "stack; exit 1 when any did not complete or the manifest is invalid.",
      "Exit status: 0 when the stack ends *_COMPLETE, 1 when it ends *_FAILED (naming the "
          + "resource), Heat refuses the request or the wait times out; 2 for usage errors, "
          + "unreadable files and a Heat that cannot be reached."
    })
final class DeployCommand extends HeatCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TEMPLATE",
      description = "the root template")
  Path template;

  @Option(
      names = "--stacks",
      paramLabel = "FILE",
      description = "deploy every stack a YAML manifest lists (stacks: [{name, template, "
          + "environments, parameters}], paths relative to its folder) instead of TEMPLATE")
  Path stacks;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "with --stacks: how many stacks are deployed at once (default: 3)")
  Integer concurrency;

  @Option(
      names = {"-e", "--environment"},
      paramLabel = "ENV",
      description = "an environment (repeat; later ones win)")
  List<Path> environments = new ArrayList<>();

  @Option(names = "--stack", paramLabel = "NAME", description = "the stack")
  String stack;

  @Option(
      names = {"-P", "--parameter"},
      paramLabel = "KEY=VALUE",
      description = "a parameter value (repeat)")
  List<String> parameters = new ArrayList<>();

  @Mixin
  HeatOptions heat = new HeatOptions();

  @Mixin
  PollOptions wait = new PollOptions();

  @Option(
      names = "--timeout",
      paramLabel = "MIN",
      description = "Heat's timeout for the action (timeout_mins), and how long to wait "
          + "(plus a minute); default: no Heat timeout, wait up to 60 minutes")
  Integer timeoutMinutes;

  @Option(
      names = "--existing",
      description = "update with PATCH: parameters not given keep their values in the stack")
  boolean existing;

  @Option(names = "--dry-run", description = "print what the update (or create) would do and stop")
  boolean dryRun;

  @Override
  String name() {
    return "hot deploy";
  }

  @Override
  int run() {
    if (timeoutMinutes != null) {
      WaitOptions.checkTimeout(timeoutMinutes);
    }
    wait.check();
    if (stacks != null) {
      return deployStacks();
    }
    if (concurrency != null) {
      throw new IllegalArgumentException("--concurrency goes with --stacks FILE");
    }
    if (template == null || stack == null) {
      throw new IllegalArgumentException("give TEMPLATE and --stack NAME, or --stacks FILE");
    }
    Bundle bundle = Bundle.read(template, environments);
    Path dir = template.toAbsolutePath().normalize().getParent();
    StackRequest.Builder request = StackRequest.fromBundle(bundle, dir);
    putParameters(parameters, request);
    if (timeoutMinutes != null) {
      request.timeoutMins(timeoutMinutes);
    }
    request.existing(existing);
    HeatClient client = heat.client();
    Deployment deployment = Deployment.builder(client, stack)
        .request(request.build())
        .listener(new EventPrinter(System.out, System.err))
        .pollInterval(wait.poll())
        .timeout(DeployStacks.waitLimit(timeoutMinutes))
        .waitForCompletion(!wait.noWait)
        .build();

    Optional<ImpactComparison> impact = deployment.impact();
    if (impact.isPresent()) {
      System.out.println("Update of stack " + stack + ": what each resource will do");
      System.out.print(impact.get().toText());
    } else if (dryRun) {
      JsonNode preview = client.previewCreate(stack, request.build());
      List<String> names = new ArrayList<>();
      collectNames(preview.path("stack").path("resources"), names);
      System.out.println("Stack " + stack + " does not exist: it would be created with "
          + names.size() + " resources: " + String.join(", ", names));
    }
    if (dryRun) {
      return 0;
    }
    System.out.println((impact.isPresent() ? "Updating" : "Creating") + " stack " + stack + " at "
        + client.endpoint());
    System.out.flush();
    AtomicBoolean done = new AtomicBoolean();
    Thread hook = new Thread(() -> {
      if (!done.get()) {
        System.err.println("hot deploy: interrupted; stack " + stack + " is left as it is "
            + "(Heat goes on with the action)");
      }
    });
    Runtime.getRuntime().addShutdownHook(hook);
    DeployResult r;
    try {
      r = deployment.run();
    } finally {
      done.set(true);
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    return report(r, wait.noWait);
  }

  private int deployStacks() {
    if (template != null
        || stack != null
        || !environments.isEmpty()
        || !parameters.isEmpty()
        || wait.noWait
        || existing
        || dryRun) {
      throw new IllegalArgumentException("--stacks FILE takes --concurrency, --timeout, --poll "
          + "and the Heat options only; TEMPLATE, --stack, -e and -P go in the manifest");
    }
    int n = concurrency == null ? 3 : concurrency;
    if (n < 1 || n > 64) {
      throw new IllegalArgumentException("--concurrency: expected 1..64, not " + n);
    }
    try {
      return new DeployStacks(System.out, System.err)
          .run(stacks, n, timeoutMinutes, wait.poll(), heat::client);
    } catch (StackManifest.Invalid e) {
      return fail(e.getMessage(), 1);
    }
  }

  /** Prints the end of an action and gives its exit status. */
  /** Puts each {@code -P KEY=VALUE} into {@code request}; one without a key is a usage error. */
  static void putParameters(List<String> parameters, StackRequest.Builder request) {
    for (String p : parameters) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("-P " + p + ": expected KEY=VALUE");
      }
      request.parameter(p.substring(0, eq), p.substring(eq + 1));
    }
  }

  static int report(DeployResult r, boolean noWait) {
    if (noWait) {
      System.out.println("stack " + r.stack().name() + " " + r.status()
          + " (not waiting; hot outputs --stack " + r.stack().name() + " reads the outputs)");
      return 0;
    }
    System.out.println(r.summary());
    String command = r.action().equals("DELETE") ? "hot delete" : "hot deploy";
    if (r.timedOut()) {
      System.out.flush();
      System.err.println(command + ": stack " + r.stack().name() + " still " + r.status()
          + " after " + r.duration().toMinutes() + " min; it is left as it is");
      return 1;
    }
    if (!r.complete()) {
      System.out.flush();
      System.err.println(command + ": stack " + r.stack().name() + " " + r.status() + ": "
          + r.failure().replaceAll("\\s*\\R\\s*", " "));
      return 1;
    }
    if (!r.action().equals("DELETE")) {
      printOutputs(r.outputs());
      if (!r.outputsError().isEmpty()) {
        System.out.flush();
        System.err.println(command + ": stack " + r.stack().name() + " is " + r.status()
            + " but Heat gave no outputs: " + r.outputsError());
      }
    }
    return 0;
  }

  static void printOutputs(Outputs outputs) {
    if (outputs.names().isEmpty() && outputs.errors().isEmpty()) {
      return;
    }
    System.out.println("Outputs:");
    for (String n : outputs.names()) {
      System.out.println("  " + n + " = " + outputs.string(n));
    }
    outputs.errors().forEach((n, e) -> System.out.println("  " + n + " (error) " + e));
  }

  private static void collectNames(JsonNode n, List<String> out) {
    if (n.isArray()) {
      n.forEach(e -> collectNames(e, out));
    } else if (n.isObject() && n.path("resource_name").isTextual()) {
      out.add(n.path("resource_name").asText());
    }
  }
}
