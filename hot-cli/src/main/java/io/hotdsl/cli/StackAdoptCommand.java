package io.hotdsl.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.bundle.Bundle;
import io.hotdsl.deploy.DeployResult;
import io.hotdsl.deploy.Deployment;
import io.hotdsl.deploy.StackRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hot adopt --stack NAME --data FILE [TEMPLATE [-e ENV]...]}: creates stack NAME from the
 * resources the adopt data of {@code hot abandon} describes (heatclient's {@code stack adopt}).
 * {@code hot adopt} without {@code --stack} builds a template from a project's running resources
 * ({@code io.hotdsl.adopt.AdoptCommandLine}).
 */
@Command(
    name = "adopt",
    mixinStandardHelpOptions = true,
    description = {
      "Create stack NAME by adopting the resources described in FILE, the adopt "
          + "data 'hot abandon' wrote: Heat takes them over with their physical ids and data "
          + "instead of creating them (Heat's enable_stack_adopt must be set).",
      "Heat takes the template from FILE. The environment and files (nested and provider "
          + "templates) are FILE's too, unless TEMPLATE is given: then TEMPLATE's files map and "
          + "environments (-e) are sent, as 'hot deploy' sends them.",
      "Without --stack, 'hot adopt' builds a template from a project's running resources "
          + "(hot adopt --from-dir DIR --out OUT; see 'hot adopt --from-dir' usage).",
      "Exit status: 0 when the stack ends ADOPT_COMPLETE, 1 when it ends ADOPT_FAILED, Heat "
          + "refuses (the stack exists, adopt not enabled) or FILE is not adopt data, 2 for usage "
          + "errors, unreadable files and a Heat that cannot be reached."
    })
final class StackAdoptCommand extends StackActionCommand {
  @Option(
      names = "--stack",
      required = true,
      paramLabel = "NAME",
      description = "the stack to create")
  String stack;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "the adopt data (JSON) of hot abandon")
  Path data;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TEMPLATE",
      description = "a root template whose files map and environments to send")
  Path template;

  @Option(
      names = {"-e", "--environment"},
      paramLabel = "ENV",
      description = "with TEMPLATE: an environment (repeat; later ones win)")
  List<Path> environments = new ArrayList<>();

  @Option(
      names = {"-P", "--parameter"},
      paramLabel = "KEY=VALUE",
      description = "a parameter value (repeat); the others keep their values in FILE")
  List<String> parameters = new ArrayList<>();

  @Override
  String name() {
    return "hot adopt";
  }

  @Override
  int run() {
    wait.check();
    if (template == null && !environments.isEmpty()) {
      throw new IllegalArgumentException(
          "-e needs TEMPLATE: without it the environment is " + "the adopt data's");
    }
    JsonNode adoptData;
    try {
      adoptData = read(data);
    } catch (InvalidData e) {
      return fail(Diagnostics.oneLine(e.getMessage()), 1);
    }
    StackRequest.Builder request;
    if (template != null) {
      Bundle bundle = Bundle.read(template, environments);
      request =
          StackRequest.fromBundle(bundle, template.toAbsolutePath().normalize().getParent());
      if (!request.build().template().equals(adoptData.get("template"))) {
        System.err.println("hot adopt: warning: " + template + " is not the template in "
            + data + "; Heat uses the one in " + data + " (" + template + " gives the files "
            + "and environment)");
      }
    } else {
      request = StackRequest.builder(adoptData.get("template"));
      if (adoptData.path("environment").isObject()) {
        request.environment(adoptData.get("environment"));
      }
      adoptData.path("files").fields().forEachRemaining(f -> {
        if (f.getValue().isTextual()) {
          request.file(f.getKey(), f.getValue().asText());
        }
      });
    }
    DeployCommand.putParameters(parameters, request);
    Deployment d = deployment(stack, System.out).request(request.build()).build();
    System.out.println(
        "Adopting " + adoptData.path("resources").size() + " resources into " + "stack " + stack);
    System.out.flush();
    DeployResult r = d.adopt(adoptData);
    return DeployCommand.report(r, wait.noWait);
  }

  /** FILE's adopt data; {@link InvalidData} when it is not. */
  private static JsonNode read(Path file) {
    String text;
    try {
      if (Files.size(file) > StackCommands.MAX_DATA) {
        throw new InvalidData(
            file + ": larger than " + (StackCommands.MAX_DATA >> 20) + " MiB; not adopt data");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(new IOException(file + ": no such file", e));
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidData(file + ": not UTF-8; expected the JSON adopt data of hot abandon");
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
    }
    JsonNode n;
    try {
      n = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidData(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
          + ": error: not JSON (" + e.getOriginalMessage()
          + "); expected the adopt data of hot abandon");
    }
    if (n == null
        || !n.isObject()
        || !n.path("template").isObject()
        || !n.path("resources").isObject()) {
      throw new InvalidData(file + ": error: expected the adopt data of hot abandon: a JSON "
          + "object with a template object and a resources object");
    }
    return n;
  }

  /** Adopt data that is not: exit 1. */
  private static final class InvalidData extends RuntimeException {
    InvalidData(String message) {
      super(message);
    }
  }
}
