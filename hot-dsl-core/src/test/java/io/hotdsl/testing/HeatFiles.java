package io.hotdsl.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Builds the files map python-heatclient sends with a template: every {@code get_file} target
 * and every resource {@code type:} naming a {@code .yaml}/{@code .template} file, resolved
 * relative to the directory of the template that names it, recursively through nested templates.
 *
 * <p>Deviation from heatclient: heatclient rewrites the references in the templates to absolute
 * {@code file://} URLs and keys the map by them; here the template text is left untouched and
 * the map is keyed by the reference exactly as written (Heat looks files up by that string).
 * Targets that do not exist are left out, as heatclient would fail on them.
 */
public final class HeatFiles {

  private HeatFiles() {}

  /** The files map for the template at {@code template}. */
  public static Map<String, String> collect(Path template) {
    Map<String, String> files = new LinkedHashMap<>();
    visitTemplate(template, files);
    return files;
  }

  private static void visitTemplate(Path template, Map<String, String> files) {
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(new LoaderOptions()))
          .load(Files.readString(template, StandardCharsets.UTF_8));
    } catch (Exception e) {
      return; // Heat will report the parse error itself
    }
    walk(tree, template.toAbsolutePath().getParent(), files);
  }

  private static void walk(Object node, Path dir, Map<String, String> files) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() instanceof String ref && e.getKey() instanceof String key) {
          if (key.equals("get_file")) {
            add(ref, dir, files, false);
          } else if (key.equals("type") && (ref.endsWith(".yaml") || ref.endsWith(".template"))) {
            add(ref, dir, files, true);
          }
        }
        walk(e.getValue(), dir, files);
      }
    } else if (node instanceof List<?> list) {
      for (Object o : list) {
        walk(o, dir, files);
      }
    }
  }

  private static void add(String ref, Path dir, Map<String, String> files, boolean nestedTemplate) {
    if (files.containsKey(ref) || ref.contains("://")) {
      return;
    }
    Path target = dir.resolve(ref).normalize();
    if (!Files.isRegularFile(target)) {
      return;
    }
    try {
      files.put(ref, Files.readString(target, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return;
    }
    if (nestedTemplate) {
      visitTemplate(target, files);
    }
  }
}
