package io.hotdsl.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of templates for fuzz tests: byte-level (bit flips, inserted, deleted and
 * duplicated ranges, invalid UTF-8, YAML indicators) and tree-level (values replaced by values of
 * another shape, keys renamed or dropped, subtrees copied elsewhere, intrinsic functions with
 * wrong arguments). Each mutation is described, so a failing case can be reproduced by its seed.
 */
public final class Mutator {
  /** Byte sequences that are not UTF-8: lone continuation, truncated, overlong, surrogate, 0xFF. */
  static final byte[][] INVALID_UTF8 = {
    {(byte) 0x80},
    {(byte) 0xC3},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xC0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xFF},
    {(byte) 0xF8, (byte) 0x88},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
  };

  /** Characters that change what YAML means. */
  static final String INDICATORS = ":-{}[],&*!|>'\"%@`#?\t\r\n \\~=<";

  private final Random random;
  private final List<String> log = new ArrayList<>();

  public Mutator(long seed) {
    this.random = new Random(seed);
  }

  /** What the mutations since the last call did, for the failure message. */
  public String describe() {
    String s = String.join("; ", log);
    log.clear();
    return s;
  }

  /** One to four byte-level mutations of {@code in}. */
  public byte[] mutateBytes(byte[] in) {
    byte[] b = in;
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      b = mutateOnce(b);
    }
    return b;
  }

  private byte[] mutateOnce(byte[] b) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length);
    switch (random.nextInt(7)) {
      case 0 -> {
        if (b.length == 0) {
          return b;
        }
        byte[] c = b.clone();
        int bit = random.nextInt(8);
        c[at] ^= (byte) (1 << bit);
        log.add("flip bit " + bit + " at " + at);
        return c;
      }
      case 1 -> {
        byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        log.add("insert invalid UTF-8 " + Arrays.toString(bad) + " at " + at);
        return insert(b, at, bad);
      }
      case 2 -> {
        int len = Math.min(b.length - at, 1 + random.nextInt(64));
        log.add("delete " + len + " at " + at);
        return concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + len, b.length));
      }
      case 3 -> {
        int len = Math.min(b.length - at, 1 + random.nextInt(256));
        int to = b.length == 0 ? 0 : random.nextInt(b.length);
        log.add("duplicate " + len + " from " + at + " to " + to);
        return insert(b, to, Arrays.copyOfRange(b, at, at + len));
      }
      case 4 -> {
        char c = INDICATORS.charAt(random.nextInt(INDICATORS.length()));
        log.add("insert " + (int) c + " at " + at);
        return insert(b, at, new byte[] {(byte) c});
      }
      case 5 -> {
        if (b.length == 0) {
          return b;
        }
        byte[] c = b.clone();
        c[at] = (byte) random.nextInt(256);
        log.add("set byte " + (c[at] & 0xFF) + " at " + at);
        return c;
      }
      default -> {
        log.add("truncate at " + at);
        return Arrays.copyOf(b, at);
      }
    }
  }

  /** One to three tree-level mutations of a deep copy of {@code tree}. */
  public Object mutateTree(Object tree) {
    Object t = copy(tree);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      t = mutateTreeOnce(t);
    }
    return t;
  }

  private Object mutateTreeOnce(Object root) {
    List<Object[]> slots = new ArrayList<>(); // {container, key or index}
    collect(root, slots);
    if (slots.isEmpty()) {
      return randomValue(0);
    }
    Object[] slot = slots.get(random.nextInt(slots.size()));
    if (root instanceof Map<?, ?> top && random.nextInt(4) == 0) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) top;
      Map<String, Object> parameter = wrongParameter();
      log.add("add parameter " + parameter);
      Object ps = map.get("parameters");
      if (!(ps instanceof Map<?, ?>)) {
        ps = new LinkedHashMap<String, Object>();
        map.put("parameters", ps);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) ps;
      params.put("fuzzed", parameter);
      return root;
    }
    switch (random.nextInt(5)) {
      case 0 -> {
        Object v = randomValue(0);
        log.add("set " + slot[1] + " to " + v);
        set(slot, v);
      }
      case 1 -> {
        log.add("remove " + slot[1]);
        remove(slot);
      }
      case 2 -> {
        if (slot[0] instanceof Map<?, ?> m) {
          String key = typo(String.valueOf(slot[1]));
          log.add("rename " + slot[1] + " to " + key);
          @SuppressWarnings("unchecked")
          Map<String, Object> map = (Map<String, Object>) m;
          map.put(key, map.remove(slot[1]));
        }
      }
      case 3 -> {
        Object[] other = slots.get(random.nextInt(slots.size()));
        log.add("copy " + other[1] + " over " + slot[1]);
        set(slot, copy(get(other)));
      }
      default -> {
        Object v = wrongFunction();
        log.add("set " + slot[1] + " to function " + v);
        set(slot, v);
      }
    }
    return root;
  }

  /** A parameter whose constraints have values of any shape, like {@code modulo: {step: 0}}. */
  private Map<String, Object> wrongParameter() {
    String[] types = {"string", "number", "json", "comma_delimited_list", "boolean", "nonsense"};
    String[] kinds = {
      "length", "range", "modulo", "allowed_values", "allowed_pattern", "custom_constraint"
    };
    Map<String, Object> constraint = new LinkedHashMap<>();
    Object spec = switch (random.nextInt(4)) {
      case 0 -> randomValue(1);
      case 1 -> map("step", 0L, "offset", randomValue(2));
      case 2 -> map("min", randomValue(2), "max", randomValue(2));
      default -> "[a-";
    };
    constraint.put(kinds[random.nextInt(kinds.length)], spec);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", types[random.nextInt(types.length)]);
    if (random.nextBoolean()) {
      p.put("default", randomValue(1));
    }
    p.put("constraints", new ArrayList<>(List.of(constraint)));
    return p;
  }

  private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private Object wrongFunction() {
    String[] functions = {
      "get_param",
      "get_attr",
      "get_resource",
      "get_file",
      "str_replace",
      "list_join",
      "repeat",
      "if",
      "equals",
      "yaql",
      "map_merge",
      "digest",
      "str_split",
      "contains",
      "filter",
      "make_url",
      "list_concat",
      "and",
      "or",
      "not",
      "resolve"
    };
    String f = functions[random.nextInt(functions.length)];
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(f, randomValue(1));
    return m;
  }

  private Object randomValue(int depth) {
    switch (random.nextInt(depth > 3 ? 9 : 12)) {
      case 0:
        return null;
      case 1:
        return "";
      case 2:
        return random.nextBoolean();
      case 3:
        return (long) random.nextInt(2001) - 1000;
      case 4:
        return new BigInteger("123456789012345678901234567890");
      case 5:
        return random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
      case 6:
        return "x\n\u2028\u0000y";
      case 7:
        return "[unclosed";
      case 8:
        return "../../../etc/hostname";
      case 9: {
        List<Object> l = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          l.add(randomValue(depth + 1));
        }
        return l;
      }
      case 10: {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          m.put(random.nextBoolean() ? "type" : "k" + i, randomValue(depth + 1));
        }
        return m;
      }
      default: {
        Object v = "v";
        for (int i = 0; i < 60; i++) {
          v = new ArrayList<>(List.of(v));
        }
        return v;
      }
    }
  }

  private String typo(String key) {
    if (key.length() < 2) {
      return key + "x";
    }
    int i = random.nextInt(key.length() - 1);
    return key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2);
  }

  private static void collect(Object node, List<Object[]> slots) {
    if (node instanceof Map<?, ?> m) {
      for (Object k : new ArrayList<>(m.keySet())) {
        slots.add(new Object[] {m, k});
        collect(m.get(k), slots);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        slots.add(new Object[] {l, i});
        collect(l.get(i), slots);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void set(Object[] slot, Object v) {
    if (slot[0] instanceof Map<?, ?> m) {
      ((Map<Object, Object>) m).put(slot[1], v);
    } else {
      ((List<Object>) slot[0]).set((Integer) slot[1], v);
    }
  }

  private static Object get(Object[] slot) {
    return slot[0] instanceof Map<?, ?> m
        ? m.get(slot[1])
        : ((List<?>) slot[0]).get((Integer) slot[1]);
  }

  private static void remove(Object[] slot) {
    if (slot[0] instanceof Map<?, ?> m) {
      m.remove(slot[1]);
    } else {
      ((List<?>) slot[0]).remove((int) (Integer) slot[1]);
    }
  }

  /** A mutable deep copy (aliased collections become separate copies). */
  public static Object copy(Object tree) {
    if (tree instanceof Map<?, ?> m) {
      Map<Object, Object> c = new LinkedHashMap<>();
      m.forEach((k, v) -> c.put(k, copy(v)));
      return c;
    }
    if (tree instanceof List<?> l) {
      List<Object> c = new ArrayList<>();
      l.forEach(v -> c.add(copy(v)));
      return c;
    }
    return tree;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    return concat(concat(Arrays.copyOfRange(b, 0, at), what), Arrays.copyOfRange(b, at, b.length));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
