package io.hotdsl.bundle;

import io.hotdsl.functions.PyJson;
import io.hotdsl.model.TemplateTypes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * python-heatclient's file handling ({@code heatclient/common/template_utils.py} and {@code
 * utils.py}): {@code normalise_file_path_to_url}, {@code base_url_for_url}, {@code
 * get_file_contents}, {@code resolve_template_get_files}, {@code resolve_environment_urls},
 * {@code deep_update}, reproduced over a bundle instead of the disk.
 */
final class Heatclient {
  private final Bundle bundle;
  private final String dirUrl;
  private final Map<String, String> keyByUrl = new LinkedHashMap<>();
  private final Deque<String> resolving = new ArrayDeque<>();

  Heatclient(Bundle bundle, Path dir) {
    this.bundle = bundle;
    this.dirUrl = fileUrl(dir.toAbsolutePath().normalize());
    Set<String> keys = new HashSet<>(bundle.templates().keySet());
    keys.addAll(bundle.files().keySet());
    for (String k : keys) {
      keyByUrl.put(url(k), k);
    }
  }

  /** The URL of a bundle path: {@code urljoin(dir_url + "/", path)}. */
  String url(String rel) {
    return urljoin(dirUrl + "/", rel);
  }

  /** {@code normalise_file_path_to_url}: {@code urljoin('file:', pathname2url(abspath))}. */
  static String fileUrl(Path abs) {
    return "file://" + quote(abs.toString().replace('\\', '/'));
  }

  /** {@code urllib.parse.quote(path)} with safe {@code /}. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '.'
          || c == '-'
          || c == '~'
          || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  /** {@code base_url_for_url}: the URL of the file's directory (no trailing slash). */
  static String baseUrlFor(String url) {
    int slash = url.lastIndexOf('/');
    String dir = url.substring(0, slash);
    return dir.equals("file://") ? "file:///" : dir;
  }

  /** {@code urllib.parse.urljoin(base, ref)} for file URLs and relative references. */
  static String urljoin(String base, String ref) {
    if (ref.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      return ref;
    }
    String path;
    if (ref.startsWith("/")) {
      path = ref;
    } else {
      String basePath = base.substring("file://".length());
      path = basePath.substring(0, basePath.lastIndexOf('/') + 1) + ref;
    }
    return "file://" + removeDots(path);
  }

  private static String removeDots(String path) {
    String[] parts = path.split("/", -1);
    Deque<String> out = new ArrayDeque<>();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      boolean last = i == parts.length - 1;
      if (p.equals(".")) {
        if (last) {
          out.addLast("");
        }
      } else if (p.equals("..")) {
        if (!out.isEmpty()) {
          out.removeLast();
        }
        if (last) {
          out.addLast("");
        }
      } else {
        out.addLast(p);
      }
    }
    return "/" + String.join("/", out);
  }

  /** {@code resolve_template_get_files}: rewrites {@code template} and fills {@code files}. */
  void resolveTemplate(Object template, Map<String, String> files, String baseUrl) {
    getFileContents(template, files, baseUrl, true);
  }

  /** {@code resolve_environment_urls} for one parsed environment. */
  @SuppressWarnings("unchecked")
  void resolveEnvironment(Map<String, Object> env, Map<String, String> files, String envBaseUrl) {
    if (!(env.get("resource_registry") instanceof Map<?, ?> rrm)) {
      return;
    }
    Map<String, Object> rr = (Map<String, Object>) rrm;
    String baseUrl = rr.get("base_url") instanceof String s ? s : envBaseUrl;
    getFileContents(rr, files, baseUrl, false);
    if (rr.get("resources") instanceof Map<?, ?> res) {
      for (Object r : res.values()) {
        if (r instanceof Map<?, ?> rm) {
          Map<String, Object> resDict = (Map<String, Object>) rm;
          String resBase = resDict.get("base_url") instanceof String s ? s : baseUrl;
          getFileContents(resDict, files, resBase, false);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void getFileContents(
      Object data, Map<String, String> files, String baseUrl, boolean template) {
    if (template) {
      if (data instanceof Map<?, ?> m) {
        for (Object v : List.copyOf(m.values())) {
          getFileContents(v, files, baseUrl, true);
        }
      } else if (data instanceof List<?> l) {
        for (Object v : l) {
          getFileContents(v, files, baseUrl, true);
        }
      }
    }
    if (!(data instanceof Map<?, ?> dm)) {
      return;
    }
    Map<String, Object> map = (Map<String, Object>) dm;
    for (Map.Entry<String, Object> e : map.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      boolean wanted = template
          ? value instanceof String s
              && (key.equals("get_file") || (key.equals("type") && TemplateTypes.isTemplateFile(s)))
          : Bundle.registryFile(key, value);
      if (!wanted) {
        continue;
      }
      String base = baseUrl != null && !baseUrl.endsWith("/") ? baseUrl + "/" : baseUrl;
      String strUrl = urljoin(base, (String) value);
      if (!files.containsKey(strUrl)) {
        files.put(strUrl, fetch(strUrl, files));
      }
      e.setValue(strUrl);
    }
  }

  /**
   * The text heatclient reads for a bundle entry: a plain file as it is, a template as {@link
   * Bundle#writeTo} renders it (heatclient strips the text before parsing it, so the tree it sends
   * can differ from the bundle's: a last block scalar loses its final newline).
   */
  String textOf(String key) {
    return bundle.files().containsKey(key)
        ? bundle.files().get(key)
        : TreeYaml.write(bundle.templates().get(key));
  }

  /** {@code read_url_content} then, for templates, {@code get_template_contents} and JSON. */
  private String fetch(String url, Map<String, String> files) {
    String key = keyByUrl.get(url);
    if (key == null) {
      throw new IllegalStateException("Could not fetch contents for " + url);
    }
    Object tree = isTemplate(textOf(key));
    if (tree == null) {
      return bundle.files().get(key);
    }
    if (resolving.contains(url)) {
      throw new IllegalStateException(
          "template cycle through " + url + " (python-heatclient recurses without end)");
    }
    resolving.push(url);
    try {
      getFileContents(tree, files, baseUrlFor(url), true);
    } finally {
      resolving.pop();
    }
    return PyJson.dumps(tree);
  }

  /**
   * heatclient's {@code is_template}: the parsed document when {@code template_format.parse}
   * accepts it (a version key {@code in} it: a map key, a list element or, for a document that
   * is one string, a substring), else null.
   */
  static Object isTemplate(String text) {
    Object tree;
    try {
      tree = TreeYaml.read(text.strip(), "file");
    } catch (RuntimeException e) {
      return null;
    }
    if (tree == null) {
      return null;
    }
    for (String k : Bundle.VERSION_KEYS) {
      if ((tree instanceof Map<?, ?> m && m.containsKey(k))
          || (tree instanceof List<?> l && l.contains(k))
          || (tree instanceof String s && s.contains(k))) {
        return tree;
      }
    }
    return null;
  }

  /** heatclient's {@code deep_update(old, new)}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> deepUpdate(Map<String, Object> old, Map<String, Object> neu) {
    Map<String, Object> o = old == null ? new LinkedHashMap<>() : old;
    for (Map.Entry<String, Object> e : neu.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Map<?, ?> m) {
        Object prev = o.get(e.getKey());
        o.put(
            e.getKey(),
            deepUpdate(
                prev instanceof Map ? (Map<String, Object>) prev : new LinkedHashMap<>(),
                (Map<String, Object>) m));
      } else if (v == null && o.get(e.getKey()) instanceof Map) {
        continue;
      } else {
        o.put(e.getKey(), v);
      }
    }
    return o;
  }
}
