package io.hotdsl.model;

/** Checks the names of parameters, resources, outputs and conditions as Heat accepts them. */
final class Names {
  private Names() {}

  static void checkName(String name, String what) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(what + " name must not be empty");
    }
    if (name.indexOf('/') >= 0) {
      throw new IllegalArgumentException(
          "invalid " + what + " name \"" + name + "\": Heat does not allow '/' in names");
    }
  }
}
