package io.hotdsl.cli;

import io.hotdsl.schema.Catalog;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.SupportStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hot types [PATTERN]}: the resource types known, with their support status. */
@Command(
    name = "types",
    mixinStandardHelpOptions = true,
    description =
        "List the resource types hot-dsl knows (the generated types on the class path: Heat 19's), with "
            + "their support status. PATTERN is a glob such as 'OS::Nova::*'. With --json one JSON "
            + "array on stdout, [] when nothing matches. Exit status 1 when nothing matches.")
final class TypesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "PATTERN", description = "glob over type names")
  String pattern;

  @Option(
      names = "--json",
      description =
          "one JSON array of {type, status, since, message} on " + "stdout and nothing on stderr")
  boolean json;

  /** The types listed: the generated ones on the class path (the CLI takes no type files). */
  Catalog catalog = Catalog.standard();

  @Override
  public Integer call() {
    Pattern p = pattern == null ? null : glob(pattern);
    List<ResourceTypeSchema> matches = new ArrayList<>();
    for (ResourceTypeSchema s : catalog.all().values()) {
      if (p == null || p.matcher(s.type()).matches()) {
        matches.add(s);
      }
    }
    if (json) {
      List<Map<String, Object>> out = new ArrayList<>();
      matches.forEach(s -> out.add(json(s)));
      spec.commandLine().getOut().println(ValidateJson.write(out));
      return matches.isEmpty() ? 1 : 0;
    }
    matches.forEach(s -> spec.commandLine().getOut().println(line(s)));
    if (matches.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(Diagnostics.oneLine("hot types: error: no resource type matches " + pattern));
      return 1;
    }
    return 0;
  }

  /** {@code type}, {@code status}, and {@code since} and {@code message} where Heat gives them. */
  static Map<String, Object> json(ResourceTypeSchema s) {
    SupportStatus st = s.supportStatus();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", s.type());
    m.put("status", st.status());
    if (st.version() != null) {
      m.put("since", st.version());
    }
    if (st.message() != null) {
      m.put("message", st.message());
    }
    return m;
  }

  static String line(ResourceTypeSchema s) {
    SupportStatus st = s.supportStatus();
    StringBuilder b = new StringBuilder(String.format("%-48s %s", s.type(), st.status()));
    if (st.version() != null) {
      b.append(" since ").append(st.version());
    }
    if (st.message() != null && (st.isDeprecated() || st.isUnsupported())) {
      b.append(" - ").append(st.message());
    }
    return b.toString();
  }

  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
  }
}
