package io.hotdsl.model;

/** Checks the names of parameters, resources, outputs and conditions as Heat accepts them. */
final class Names {
  private Names() {}

  /** A non-empty name; Heat allows '/' in parameter, output and condition names. */
  static void checkName(String name, String what) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(what + " name must not be empty");
    }
  }

  /** A resource name: non-empty and without '/' (Heat: 'Resource name may not contain "/"'). */
  static void checkResourceName(String name, String what) {
    checkName(name, what);
    if (name.indexOf('/') >= 0) {
      throw new IllegalArgumentException(
          "invalid " + what + " name \"" + name + "\": Heat does not allow '/' in names");
    }
  }
}
