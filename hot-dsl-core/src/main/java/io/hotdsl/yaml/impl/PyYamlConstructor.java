package io.hotdsl.yaml.impl;

import io.hotdsl.yaml.HotReadException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * PyYAML's {@code SafeConstructor} (with Heat's timestamp-as-string), building a HOT tree from
 * the composer's nodes, and PyYAML's scalar constructors ({@link #constructInt}, {@link
 * #constructFloat}) that the fast path shares.
 */
final class PyYamlConstructor {
  static final String VALUE_TAG = "tag:yaml.org,2002:value";

  private final String sourceName;
  private final char placeholder;
  private final List<Object> path = new ArrayList<>();
  private final Map<Node, Object> shared = new IdentityHashMap<>();
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

  PyYamlConstructor(String sourceName, char placeholder) {
    this.sourceName = sourceName;
    this.placeholder = placeholder;
  }

  Object construct(Node node) {
    switch (node.getNodeId()) {
      case scalar:
        return scalar((ScalarNode) node);
      case sequence:
      case mapping:
        return collection(node);
      default:
        throw error(node, "unexpected node " + node.getNodeId());
    }
  }

  private Object collection(Node node) {
    boolean anchored = node.getAnchor() != null;
    if (anchored) {
      if (shared.containsKey(node)) {
        return shared.get(node);
      }
      if (!inProgress.add(node)) {
        throw error(node, "found a recursive alias, which a HOT tree cannot hold");
      }
    }
    try {
      Object v = node.getNodeId() == NodeId.sequence
          ? sequence((SequenceNode) node)
          : mapping((MappingNode) node);
      if (anchored) {
        shared.put(node, v);
      }
      return v;
    } finally {
      if (anchored) {
        inProgress.remove(node);
      }
    }
  }

  private Object sequence(SequenceNode node) {
    String tag = node.getTag().getValue();
    if (!tag.equals(Tag.SEQ.getValue())) {
      throw wrongTag(node, tag, "sequence");
    }
    List<Node> items = node.getValue();
    List<Object> out = new ArrayList<>(items.size());
    for (int i = 0, n = items.size(); i < n; i++) {
      path.add(i);
      out.add(construct(items.get(i)));
      path.remove(path.size() - 1);
    }
    return out;
  }

  private Object mapping(MappingNode node) {
    String tag = node.getTag().getValue();
    if (!tag.equals(Tag.MAP.getValue())) {
      throw wrongTag(node, tag, "mapping");
    }
    List<NodeTuple> tuples = flatten(node);
    Map<String, Object> out = new LinkedHashMap<>(Math.max(4, tuples.size() * 4 / 3 + 1));
    for (NodeTuple t : tuples) {
      String key = key(t.getKeyNode());
      path.add(key);
      out.put(key, construct(t.getValueNode()));
      path.remove(path.size() - 1);
    }
    return out;
  }

  /** PyYAML's {@code SafeConstructor.flatten_mapping}, without mutating the nodes. */
  private List<NodeTuple> flatten(MappingNode node) {
    List<NodeTuple> value = node.getValue();
    List<NodeTuple> merge = null;
    List<NodeTuple> rest = value;
    for (int i = 0, n = value.size(); i < n; i++) {
      NodeTuple t = value.get(i);
      if (!Tag.MERGE.equals(t.getKeyNode().getTag())) {
        continue;
      }
      if (merge == null) {
        merge = new ArrayList<>();
        rest = new ArrayList<>(value.subList(0, i));
      }
      Node v = t.getValueNode();
      if (v instanceof MappingNode) {
        merge.addAll(flattenChecked((MappingNode) v));
      } else if (v instanceof SequenceNode) {
        List<List<NodeTuple>> sub = new ArrayList<>();
        for (Node s : ((SequenceNode) v).getValue()) {
          if (!(s instanceof MappingNode)) {
            throw error(
                s,
                "while constructing a mapping, expected a mapping for" + " merging, but found "
                    + s.getNodeId());
          }
          sub.add(flattenChecked((MappingNode) s));
        }
        Collections.reverse(sub);
        for (List<NodeTuple> s : sub) {
          merge.addAll(s);
        }
      } else {
        throw error(
            v,
            "while constructing a mapping, expected a mapping or list of"
                + " mappings for merging, but found " + v.getNodeId());
      }
    }
    if (merge == null) {
      return value;
    }
    for (NodeTuple t : value) {
      if (!Tag.MERGE.equals(t.getKeyNode().getTag()) && !rest.contains(t)) {
        rest.add(t);
      }
    }
    merge.addAll(rest);
    return merge;
  }

  private List<NodeTuple> flattenChecked(MappingNode m) {
    if (!inProgress.add(m)) {
      throw error(m, "found a recursive merge, which a HOT tree cannot hold");
    }
    try {
      return flatten(m);
    } finally {
      inProgress.remove(m);
    }
  }

  private String key(Node keyNode) {
    if (keyNode instanceof ScalarNode) {
      ScalarNode s = (ScalarNode) keyNode;
      String tag = s.getTag().getValue();
      if (tag.equals(VALUE_TAG)
          || tag.equals(Tag.STR.getValue())
          || tag.equals(Tag.TIMESTAMP.getValue())) {
        return restore(s.getValue());
      }
      Object k = scalar(s);
      if (k instanceof String) {
        return (String) k;
      }
      path.add(String.valueOf(
          k == null ? "null" : k instanceof Boolean ? ((Boolean) k ? "True" : "False") : k));
      HotReadException e = error(
          keyNode,
          "mapping key must be a string, but PyYAML reads "
              + s.getValue() + " as " + (k == null ? "null" : k.getClass().getSimpleName())
              + "; quote it");
      path.remove(path.size() - 1);
      throw e;
    }
    throw error(
        keyNode,
        "while constructing a mapping, found unhashable key (" + keyNode.getNodeId() + ")");
  }

  private Object scalar(ScalarNode node) {
    String tag = node.getTag().getValue();
    String v = restore(node.getValue());
    switch (tag) {
      case "tag:yaml.org,2002:str":
      case "tag:yaml.org,2002:timestamp":
        return v;
      case "tag:yaml.org,2002:null":
        return null;
      case "tag:yaml.org,2002:bool":
        Boolean b = constructBool(v);
        if (b == null) {
          throw error(node, "invalid boolean '" + v + "'");
        }
        return b;
      case "tag:yaml.org,2002:int":
        try {
          return constructInt(v);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
          throw error(node, "invalid integer '" + v + "'");
        }
      case "tag:yaml.org,2002:float":
        try {
          return constructFloat(v);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
          throw error(node, "invalid float '" + v + "'");
        }
      default:
        throw wrongTag(node, tag, "scalar");
    }
  }

  private String restore(String v) {
    return placeholder == 0 || v.indexOf(placeholder) < 0 ? v : v.replace(placeholder, '?');
  }

  private HotReadException wrongTag(Node node, String tag, String kind) {
    switch (tag) {
      case "tag:yaml.org,2002:str":
      case "tag:yaml.org,2002:int":
      case "tag:yaml.org,2002:float":
      case "tag:yaml.org,2002:bool":
      case "tag:yaml.org,2002:null":
      case "tag:yaml.org,2002:timestamp":
        return error(node, "expected a scalar node, but found " + kind);
      case "tag:yaml.org,2002:seq":
        return error(node, "expected a sequence node, but found " + kind);
      case "tag:yaml.org,2002:map":
        return error(node, "expected a mapping node, but found " + kind);
      case "tag:yaml.org,2002:binary":
      case "tag:yaml.org,2002:set":
      case "tag:yaml.org,2002:omap":
      case "tag:yaml.org,2002:pairs":
        return error(node, "the tag '" + tag + "' is not supported in a HOT tree");
      default:
        return error(node, "could not determine a constructor for the tag '" + tag + "'");
    }
  }

  private HotReadException error(Node node, String problem) {
    Mark m = node.getStartMark();
    return new HotReadException(
        sourceName,
        m == null ? 0 : m.getLine() + 1,
        m == null ? 0 : m.getColumn() + 1,
        problem,
        pathString(),
        null);
  }

  private String pathString() {
    StringBuilder sb = new StringBuilder();
    for (Object seg : path) {
      if (seg instanceof Integer) {
        sb.append('[').append(seg).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(seg);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** PyYAML's construct_yaml_bool: yes/true/on and no/false/off in any case; null for others. */
  static Boolean constructBool(String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "yes":
      case "true":
      case "on":
        return Boolean.TRUE;
      case "no":
      case "false":
      case "off":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** PyYAML's {@code construct_yaml_int}. */
  static Object constructInt(String text) {
    String value = text.replace("_", "");
    int sign = 1;
    if (value.charAt(0) == '-') {
      sign = -1;
    }
    if (value.charAt(0) == '+' || value.charAt(0) == '-') {
      value = value.substring(1);
    }
    BigInteger result;
    if (value.equals("0")) {
      return 0L;
    } else if (value.startsWith("0b")) {
      result = new BigInteger(value.substring(2).strip(), 2);
    } else if (value.startsWith("0x")) {
      result = new BigInteger(value.substring(2).strip(), 16);
    } else if (value.charAt(0) == '0') {
      result = new BigInteger(value.strip(), 8);
    } else if (value.indexOf(':') >= 0) {
      String[] parts = value.split(":", -1);
      result = BigInteger.ZERO;
      BigInteger base = BigInteger.ONE;
      BigInteger sixty = BigInteger.valueOf(60);
      for (int i = parts.length - 1; i >= 0; i--) {
        result = result.add(new BigInteger(parts[i].strip()).multiply(base));
        base = base.multiply(sixty);
      }
    } else {
      result = new BigInteger(value.strip());
    }
    if (sign < 0) {
      result = result.negate();
    }
    return result.bitLength() < 64 ? (Object) result.longValue() : result;
  }

  /** PyYAML's {@code construct_yaml_float}. */
  static Double constructFloat(String text) {
    String value = text.replace("_", "").toLowerCase(Locale.ROOT);
    double sign = 1;
    if (value.charAt(0) == '-') {
      sign = -1;
    }
    if (value.charAt(0) == '+' || value.charAt(0) == '-') {
      value = value.substring(1);
    }
    if (value.equals(".inf")) {
      return sign * Double.POSITIVE_INFINITY;
    } else if (value.equals(".nan")) {
      return Double.NaN;
    } else if (value.indexOf(':') >= 0) {
      String[] parts = value.split(":", -1);
      double result = 0.0;
      double base = 1;
      for (int i = parts.length - 1; i >= 0; i--) {
        result += pyFloat(parts[i]) * base;
        base *= 60;
      }
      return sign * result;
    }
    return sign * pyFloat(value);
  }

  /** Python's {@code float(str)} for the inputs PyYAML can hand it. */
  private static double pyFloat(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
    double sign = t.startsWith("-") ? -1 : 1;
    if (body.equals("inf") || body.equals("infinity")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (body.equals("nan")) {
      return Double.NaN;
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == '+' || c == '-')) {
        throw new NumberFormatException(s);
      }
    }
    return Double.parseDouble(t);
  }
}
