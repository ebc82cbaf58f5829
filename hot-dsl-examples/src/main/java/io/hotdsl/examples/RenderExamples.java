package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.validate.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders every example bundle into {@code <out>/<example>/} (root template {@code
 * template.yaml}, environments, child templates, files), validates each template and the bundle
 * across its files with {@link BundleValidator#validateAll}, prints a table and exits with status
 * 1 if any example fails.
 *
 * <pre>mvn -B -q -DskipTests -Prender package -pl hot-dsl-examples -am</pre>
 */
public final class RenderExamples {

  /** What rendering one example gave. */
  public record Result(String example, int files, int resources, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private RenderExamples() {}

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "hot-dsl-examples/target/hot");
    List<Result> results = render(Examples.all(), out);
    print(results, out, System.out);
    if (results.stream().anyMatch(r -> !r.ok())) {
      System.exit(1);
    }
  }

  /** Renders and validates each example into {@code out/<name>}. */
  public static List<Result> render(List<Example> examples, Path out) {
    List<Result> results = new ArrayList<>();
    for (Example example : examples) {
      List<String> problems = new ArrayList<>();
      int files = 0;
      int resources = 0;
      try {
        Bundle bundle = example.bundle();
        files = bundle.writeTo(out.resolve(example.name())).size();
        resources = countResources(bundle);
        problems.addAll(validate(bundle));
      } catch (RuntimeException e) {
        problems.add("failed: " + e);
      }
      results.add(new Result(example.name(), files, resources, problems));
    }
    return results;
  }

  /**
   * The problems of every template of the bundle on its own and of the bundle across its files
   * ({@link BundleValidator#validateAll}); warnings are listed too, prefixed "warning:".
   */
  public static List<String> validate(Bundle bundle) {
    List<String> problems = new ArrayList<>();
    for (Problem p : BundleValidator.validateAll(bundle).problems()) {
      problems.add(p.toString());
    }
    return problems;
  }

  static int countResources(Bundle bundle) {
    int n = 0;
    for (Map<String, Object> template : bundle.allTemplates().values()) {
      Object resources = template.get("resources");
      n += resources instanceof Map<?, ?> m ? m.size() : 0;
    }
    return n;
  }

  /** Prints the table of results. */
  public static void print(List<Result> results, Path out, PrintStream ps) {
    String format = "%-16s %5s %9s  %s%n";
    ps.printf(format, "example", "files", "resources", "validation");
    for (Result r : results) {
      ps.printf(
          format,
          r.example(),
          r.files(),
          r.resources(),
          r.ok() ? "ok" : r.problems().size() + " problem(s)");
      for (String p : r.problems()) {
        ps.println("    " + p);
      }
    }
    long failed = results.stream().filter(r -> !r.ok()).count();
    ps.printf("%d examples rendered into %s, %d failed%n", results.size(), out, failed);
  }
}
