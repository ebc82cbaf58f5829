package io.hotdsl.bundle;

import io.hotdsl.functions.PyJson;
import java.util.List;
import java.util.Map;

/**
 * What python-heatclient sends for {@code openstack stack create -t root.yaml -e a.yaml -e b.yaml}
 * from a bundle written to a directory.
 *
 * @param template the root template tree with every {@code get_file} and file {@code type:}
 *     rewritten to its absolute {@code file://} URL
 * @param files the files map: URL → content (JSON of rewritten templates, raw text otherwise),
 *     environment files included
 * @param environment the client-side merge of the environments (heatclient's {@code deep_update})
 * @param environmentFiles the environment URLs in order ({@code environment_files})
 */
public record HeatclientRequest(
    Map<String, Object> template,
    Map<String, String> files,
    Map<String, Object> environment,
    List<String> environmentFiles) {

  /** The root template as the JSON text heatclient serialises. */
  public String templateJson() {
    return PyJson.dumps(template);
  }

  /** The environment files' contents, in order (as Heat reads them from the files map). */
  public List<String> environmentTexts() {
    return environmentFiles.stream().map(files::get).toList();
  }
}
