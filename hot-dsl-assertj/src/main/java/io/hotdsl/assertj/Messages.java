package io.hotdsl.assertj;

import io.hotdsl.functions.Trees;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Builds the failure messages the assertions share. */
final class Messages {
  private Messages() {}

  static String names(Collection<String> names) {
    return names.isEmpty() ? "none" : "[" + String.join(", ", names) + "]";
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String expected(String path, ValueMatcher expected, boolean set, Object actual) {
    return "expected " + path + " to be " + expected.description()
        + (set ? " but was " + TreeFormat.show(actual) : " but it is not set");
  }

  /** Why the description at {@code path} is not {@code expected}, or null when it is. */
  static String description(String path, String expected, String actual) {
    return Objects.equals(actual, expected)
        ? null
        : expected(path + ".description", matcher(expected), actual != null, actual);
  }

  /** The matcher for an expected value: itself if it is a matcher, tree equality otherwise. */
  static ValueMatcher matcher(Object expected) {
    return HotMatchers.equalTo(expected);
  }

  static Object tree(Object value) {
    return Trees.toTree(value);
  }

  static List<String> list(Collection<String> c) {
    return List.copyOf(c);
  }
}
