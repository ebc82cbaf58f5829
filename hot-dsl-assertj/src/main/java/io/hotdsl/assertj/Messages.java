package io.hotdsl.assertj;

import io.hotdsl.functions.Trees;
import java.util.Collection;
import java.util.List;

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
