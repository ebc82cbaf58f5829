package io.hotdsl.assertj;

import io.hotdsl.functions.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** YAML paths ({@code networks[0].port}): parsing, joining and walking trees. */
final class TreePath {
  private TreePath() {}

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The steps of {@code path}: strings for keys, integers for list indexes. */
  static List<Object> parse(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed [ in path " + path);
        }
        try {
          steps.add(Integer.parseInt(path.substring(i + 1, end).trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "not a list index in path " + path + ": " + path.substring(i + 1, end));
        }
        i = end + 1;
        if (i < n && path.charAt(i) == '.') {
          i++;
        }
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        if (end == i) {
          throw new IllegalArgumentException("empty key in path " + path);
        }
        steps.add(path.substring(i, end));
        i = end < n && path.charAt(end) == '.' ? end + 1 : end;
      }
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("empty path");
    }
    return steps;
  }

  static String append(String base, Object step) {
    return step instanceof Integer idx ? base + "[" + idx + "]" : child(base, (String) step);
  }

  /** The result of walking a path: the value found, or where and why the walk stopped. */
  record Walk(boolean found, Object value, String stoppedAt, Object stoppedOn, boolean missing) {}

  /** Walks {@code steps} from {@code tree}, whose own path is {@code base}. */
  static Walk walk(Object tree, String base, List<Object> steps) {
    Object current = tree;
    String path = base;
    for (Object step : steps) {
      if (step instanceof Integer idx) {
        if (!(current instanceof List<?> l)) {
          return new Walk(false, null, path, current, false);
        }
        if (idx < 0 || idx >= l.size()) {
          return new Walk(false, null, path, current, false);
        }
        current = l.get(idx);
      } else {
        if (!(current instanceof Map<?, ?> m)) {
          return new Walk(false, null, path, current, false);
        }
        if (!m.containsKey(step)) {
          return new Walk(false, null, path, current, !isFunction(m));
        }
        current = m.get(step);
      }
      path = append(path, step);
    }
    return new Walk(true, current, path, null, false);
  }

  private static boolean isFunction(Map<?, ?> m) {
    return Trees.isFunction(m, io.hotdsl.model.HotVersion.allFunctionNames());
  }
}
