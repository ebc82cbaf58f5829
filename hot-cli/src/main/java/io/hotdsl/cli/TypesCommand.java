package io.hotdsl.cli;

import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.ResourceTypes;
import io.hotdsl.schema.SupportStatus;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hot types [PATTERN]}: the resource types known, with their support status. */
@Command(name = "types", mixinStandardHelpOptions = true,
    description = "List the resource types hot-dsl knows (Heat 19 and registered ones), with "
        + "their support status. PATTERN is a glob such as 'OS::Nova::*'.")
final class TypesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "PATTERN", description = "glob over type names")
  String pattern;

  @Override
  public Integer call() {
    Pattern p = pattern == null ? null : glob(pattern);
    int count = 0;
    for (ResourceTypeSchema s : ResourceTypes.all().values()) {
      if (p != null && !p.matcher(s.type()).matches()) {
        continue;
      }
      spec.commandLine().getOut().println(line(s));
      count++;
    }
    if (count == 0) {
      spec.commandLine().getErr().println(
          Diagnostics.oneLine("hot types: error: no resource type matches " + pattern));
      return 1;
    }
    return 0;
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
