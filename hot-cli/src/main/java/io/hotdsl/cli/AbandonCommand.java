package io.hotdsl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.deploy.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hot abandon --stack NAME [-o FILE]}: Heat forgets the stack and keeps its resources;
 * the adopt data ({@code hot adopt --stack NAME --data FILE} takes it back) goes to FILE, written
 * atomically, or to stdout.
 */
@Command(
    name = "abandon",
    mixinStandardHelpOptions = true,
    description = {
      "Abandon stack NAME: Heat deletes the stack but not its resources, and "
          + "answers the adopt data (template, environment, resources with their physical ids "
          + "and data) that 'hot adopt --stack NAME --data FILE' turns back into a stack.",
      "The data goes to FILE (written whole or not at all, readable by its owner only: it "
          + "holds the resources' data, such as generated passwords), or to stdout.",
      "Exit status: 0 when the stack is gone, 1 when Heat refuses (no such stack, abandon "
          + "not enabled) or the stack does not go, 2 for usage errors, a FILE that cannot be "
          + "written (checked before the stack is abandoned) and a Heat that cannot be reached."
    })
final class AbandonCommand extends StackActionCommand {
  @Option(names = "--stack", required = true, paramLabel = "NAME", description = "the stack")
  String stack;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write the adopt data to FILE (default: stdout)")
  Path output;

  @Override
  String name() {
    return "hot abandon";
  }

  @Override
  int run() {
    wait.check();
    // the place for the data is made first: once Heat has abandoned the stack, the adopt data
    // exists only in this answer
    Path temp;
    try {
      temp = output == null ? null : StackCommands.tempBeside(output);
    } catch (UncheckedIOException e) {
      return fail(e.getCause().getMessage(), 2);
    }
    try {
      Deployment d = deployment(stack, temp == null ? System.err : System.out).build();
      JsonNode data;
      try {
        data = d.abandon();
      } catch (IllegalStateException e) {
        return fail(e.getMessage(), 1); // the stack did not go (DELETE_FAILED, timed out)
      }
      String text = pretty(data);
      if (temp == null) {
        System.out.print(text);
        System.out.flush();
        System.err.println("stack " + stack + " abandoned: " + resources(data) + " left running");
      } else {
        try {
          StackCommands.replace(temp, output, text);
        } catch (UncheckedIOException e) {
          // the stack is gone: its adopt data must not be
          System.out.print(text);
          return fail(
              e.getCause().getMessage() + "; stack " + stack + " is abandoned, its "
                  + "adopt data went to stdout",
              2);
        }
        temp = null;
        System.out.println("stack " + stack + " abandoned: " + resources(data)
            + " left running; adopt data in " + output);
      }
      return 0;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          System.err.println("hot abandon: cannot remove " + temp + ": " + e.getMessage());
        }
      }
    }
  }

  private static String resources(JsonNode data) {
    int n = data.path("resources").size();
    return n + (n == 1 ? " resource" : " resources");
  }

  private static String pretty(JsonNode data) {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(data) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
