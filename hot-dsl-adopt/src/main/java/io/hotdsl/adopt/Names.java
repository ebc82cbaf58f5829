package io.hotdsl.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The template names of what was read: each object's readable name (its own, sanitised, else its
 * kind and a short ID), unique in the template, assigned before any resource is built so that
 * references can be made in any order.
 */
final class Names {
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");

  private final Set<String> used = new HashSet<>();
  /** "kind:id" to resource name. */
  private final Map<String, String> names = new HashMap<>();

  /** Names the object {@code n} of {@code kind} by its {@code id} and {@code name}. */
  String name(String kind, JsonNode n) {
    return name(kind, Json.text(n, "id"), Json.text(n, "name"));
  }

  /** Names the object {@code id} of {@code kind}, from {@code label} where it has one. */
  String name(String kind, String id, String label) {
    String base = sanitize(label);
    if (base.isEmpty()) {
      base = kind + "_" + shortId(id);
    }
    String unique = unique(base, used);
    names.put(kind + ":" + id, unique);
    return unique;
  }

  /** The resource name of object {@code id} of {@code kind}, or null when it has none. */
  String of(String kind, String id) {
    return id == null ? null : names.get(kind + ":" + id);
  }

  /** A new resource name from {@code base}, unique in the template. */
  String fresh(String base) {
    return unique(base, used);
  }

  /** The first 8 hex digits of a UUID, or the sanitised ID (up to 20 characters). */
  static String shortId(String id) {
    if (id == null) {
      return "unknown";
    }
    if (UUID.matcher(id).matches()) {
      return id.substring(0, 8);
    }
    String s = sanitize(id);
    return s.length() > 20 ? s.substring(0, 20) : s;
  }

  /** A readable template name: letters, digits, '_' and '-'; others become '_'. */
  static String sanitize(String label) {
    if (label == null) {
      return "";
    }
    String s = label.strip().replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("_+", "_");
    s = s.replaceAll("^[_-]+|[_-]+$", "");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }

  /** {@code base}, or {@code base_2}, {@code base_3} … the first not in {@code used}. */
  static String unique(String base, Set<String> used) {
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }
}
