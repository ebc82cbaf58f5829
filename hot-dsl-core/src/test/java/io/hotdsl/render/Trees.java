package io.hotdsl.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/** Test helper: random nasty trees and an order- and type-sensitive tree comparison. */
public final class Trees {

  /** String atoms that break naive YAML emitters. */
  public static final String[] ATOMS = {
    ": ",
    ":",
    "#",
    " #",
    "# ",
    "'",
    "\"",
    "''",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "yes",
    "Yes",
    "NO",
    "on",
    "On",
    "OFF",
    "true",
    "False",
    "y",
    "n",
    "Y",
    "N",
    "~",
    "null",
    "Null",
    "NULL",
    "010",
    "0o10",
    "0x1F",
    "0b11",
    "1_000",
    "1:20",
    "1:20.5",
    "190:20:30",
    "1.0",
    ".5",
    "1.",
    ".inf",
    "-.inf",
    ".NaN",
    "+.5",
    "-.5",
    "1e3",
    "6.8523015e+5",
    "1.5e+3",
    "2018-08-31",
    "2001-12-14t21:59:43.10-05:00",
    "2001-12-14 21:59:43.10 -5",
    "<<",
    "=",
    "-",
    "- ",
    "--- ",
    "---",
    "...",
    "?",
    "? ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a",
    "*a",
    "!",
    "!!str",
    "|",
    ">",
    "%",
    "@",
    "`",
    "\\",
    "\0",
    "\u001b",
    "\u007f",
    "\u0085",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\ufeff",
    "é",
    "中文",
    "😀",
    "a",
    "b",
    "foo",
    "bar baz",
    "0",
    "-1",
    "+1",
    "12",
    "http://x.y/z",
    "OS::Nova::Server",
    "get_param",
    "#!/bin/bash",
    "echo \"$X\"",
    "x:y",
  };

  private Trees() {}

  /** A random string made of 0 to 5 atoms. */
  public static String randomString(Random r) {
    int n = r.nextInt(6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ATOMS[r.nextInt(ATOMS.length)]);
    }
    return sb.toString();
  }

  /** A random scalar: mostly strings, some numbers, booleans and nulls. */
  public static Object randomScalar(Random r) {
    switch (r.nextInt(12)) {
      case 0:
        return r.nextLong() >> r.nextInt(64);
      case 1: {
        double[] specials = {
          0.0,
          -0.0,
          1.0,
          0.5,
          1e20,
          1e-7,
          123456789.125,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.MAX_VALUE,
          Double.MIN_VALUE,
          1e16,
          1e15,
          0.1,
          -2.5e-300
        };
        return r.nextBoolean()
            ? specials[r.nextInt(specials.length)]
            : Double.longBitsToDouble(r.nextLong());
      }
      case 2:
        return r.nextBoolean();
      case 3:
        return null;
      case 4:
        return new BigInteger(70 + r.nextInt(60), r)
            .add(BigInteger.ONE.shiftLeft(64))
            .multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
      case 5:
        return randomMultiLine(r);
      default:
        return randomString(r);
    }
  }

  /** A script-like multi-line string: blank lines, indented lines, tabs, 0-3 final newlines. */
  public static String randomMultiLine(Random r) {
    String[] lead = {"", "", "", " ", "  ", "\t", " \t"};
    StringBuilder sb = new StringBuilder();
    int lines = 1 + r.nextInt(5);
    for (int i = 0; i < lines; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      if (r.nextInt(5) > 0) {
        sb.append(lead[r.nextInt(lead.length)]);
        String atom;
        do {
          atom = ATOMS[r.nextInt(ATOMS.length)];
        } while (atom.indexOf('\r') >= 0
            || atom.chars()
                .anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'
                    || c >= 0x7f && c < 0xa0
                    || c == 0x2028
                    || c == 0x2029
                    || c == 0xfeff));
        sb.append(atom).append(r.nextBoolean() ? "" : " ");
      }
    }
    int trailing = r.nextInt(4);
    for (int i = 0; i < trailing; i++) {
      sb.append('\n');
    }
    return sb.toString();
  }

  /** A random tree whose top level is a non-empty map. */
  public static Map<String, Object> randomDocument(Random r) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      m.put(randomString(r), randomValue(r, 0));
    }
    return m;
  }

  public static Object randomValue(Random r, int depth) {
    int k = depth > 3 ? 9 : r.nextInt(10);
    if (k == 0 || k == 1) {
      Map<String, Object> m = new LinkedHashMap<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        m.put(randomString(r), randomValue(r, depth + 1));
      }
      return m;
    }
    if (k == 2 || k == 3) {
      List<Object> l = new ArrayList<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        l.add(randomValue(r, depth + 1));
      }
      return l;
    }
    return randomScalar(r);
  }

  /** Null when equal (same classes, same map order), else a description of the first difference. */
  public static String diff(Object expected, Object actual, String path) {
    if (expected instanceof Map && actual instanceof Map) {
      Map<?, ?> e = (Map<?, ?>) expected;
      Map<?, ?> a = (Map<?, ?>) actual;
      if (!new ArrayList<>(e.keySet()).equals(new ArrayList<>(a.keySet()))) {
        return path + ": keys " + e.keySet() + " != " + a.keySet();
      }
      for (Map.Entry<?, ?> en : e.entrySet()) {
        String d = diff(en.getValue(), a.get(en.getKey()), path + "." + en.getKey());
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected instanceof List && actual instanceof List) {
      List<?> e = (List<?>) expected;
      List<?> a = (List<?>) actual;
      if (e.size() != a.size()) {
        return path + ": size " + e.size() + " != " + a.size();
      }
      Iterator<?> ai = a.iterator();
      int i = 0;
      for (Object x : e) {
        String d = diff(x, ai.next(), path + "[" + i++ + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected == null || actual == null) {
      return expected == actual ? null : path + ": " + show(expected) + " != " + show(actual);
    }
    if (expected.getClass() != actual.getClass() || !Objects.equals(expected, actual)) {
      return path + ": " + show(expected) + " != " + show(actual);
    }
    return null;
  }

  private static String show(Object o) {
    return o == null
        ? "null"
        : o.getClass().getSimpleName() + " "
            + (o instanceof String
                ? "\"" + ((String) o).replace("\n", "\\n").replace("\t", "\\t") + "\""
                : o);
  }
}
