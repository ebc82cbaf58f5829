package io.hotdsl.bundle;

import io.hotdsl.validate.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code get_file} targets that are not in the bundle. python-heatclient reads every {@code
 * get_file} path of a template before it sends it ({@code template_utils.get_file_contents}) and
 * stops on a file it cannot read; Heat's engine, given a files map without the path, accepts the
 * template at template-validate and fails where it resolves the function ({@code
 * hot/functions.py} {@code GetFile.result}: "No content found in the "files" section for get_file
 * path"), i.e. in a resource's properties, which {@code Resource.validate} resolves before stack
 * create. So a missing target in the properties of a resource without a {@code condition} (outside
 * an {@code if}) fails at stack create; anywhere else it is a warning.
 */
final class GetFileTargets {
  private GetFileTargets() {}

  /**
   * Checks the {@code get_file} paths of resource {@code res} of {@code file}; {@code at} is the
   * resource's problem path ({@code file: resources.name}). An {@code OS::Heat::Stack}'s {@code
   * template} is left to {@link BundleValidator}, which reads it as the child template.
   */
  static List<Problem> check(Bundle bundle, String file, String at, Map<?, ?> res) {
    List<Problem> out = new ArrayList<>();
    boolean resolved = !res.containsKey("condition");
    res.forEach((key, value) -> {
      if ("properties".equals(key) && value instanceof Map<?, ?> props) {
        props.forEach((name, v) -> {
          if (!("OS::Heat::Stack".equals(res.get("type")) && "template".equals(name))) {
            walk(bundle, file, at + ".properties." + name, v, resolved, out);
          }
        });
      } else {
        walk(bundle, file, at + "." + key, value, false, out);
      }
    });
    return out;
  }

  private static void walk(
      Bundle bundle, String file, String path, Object node, boolean resolved, List<Problem> out) {
    if (node instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.get("get_file") instanceof String ref && !ref.contains("://")) {
        String target = BundleValidator.resolve(BundleValidator.dirOf(file), ref);
        if (Bundle.inside(target) != null && !bundle.contains(target)) {
          String message = "get_file: file not found: " + ref + " (bundle path " + target
              + "); python-heatclient refuses to send the template, and Heat, given no such file, "
              + "reports 'No content found in the \"files\" section for get_file path: " + ref
              + "'" + (resolved ? "" : " where it resolves the function");
          out.add(
              resolved
                  ? Problem.createError(path + ".get_file", message)
                  : Problem.warning(path + ".get_file", message));
        }
        return;
      }
      m.forEach((k, v) -> walk(bundle, file, path + "." + k, v, resolved && !"if".equals(k), out));
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(bundle, file, path + "[" + i + "]", l.get(i), resolved, out);
      }
    }
  }
}
