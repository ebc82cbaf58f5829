package io.hotdsl.benchmarks;

import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.validate.TemplateValidator;

/**
 * Runs one operation in a loop for a profiler (e.g. {@code -XX:StartFlightRecording}):
 * {@code Profile build|validate|yaml|json|jsoncompact|read|all N SECONDS} ({@code all}: the budgeted build +
 * validate + render YAML).
 */
public final class Profile {
  private Profile() {}

  public static void main(String[] args) {
    String what = args[0];
    int n = Integer.parseInt(args[1]);
    long until = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
    Template t = Fixtures.build(n);
    String yaml = HotRenderer.yaml(t);
    long ops = 0;
    long sink = 0;
    while (System.nanoTime() < until) {
      Object r = switch (what) {
        case "build" -> Fixtures.build(n);
        case "validate" -> TemplateValidator.validate(t);
        case "yaml" -> HotRenderer.yaml(t);
        case "json" -> HotRenderer.json(t);
        case "jsoncompact" -> HotRenderer.jsonCompact(t);
        case "read" -> HotReader.read(yaml, "bench.yaml");
        case "all" -> {
          Template built = Fixtures.build(n);
          TemplateValidator.validate(built);
          yield HotRenderer.yaml(built);
        }
        default -> throw new IllegalArgumentException(what);
      };
      // a template's size, not its hashCode (which goes through every resource name)
      sink += r instanceof String s
          ? s.length()
          : r instanceof Template built ? built.resources().size() : r.hashCode();
      ops++;
    }
    System.out.println(what + " n=" + n + ": " + ops + " ops (" + (sink & 1) + ")");
  }
}
