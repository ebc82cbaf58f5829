package io.hotdsl.environment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML text to tree and back for environments and bundles.
 *
 * <p>Delegates to {@code io.hotdsl.render.YamlWriter.write(Object)} and {@code
 * io.hotdsl.read.YamlReader.read(String, String)} when they are on the class path; until then it
 * uses SnakeYAML (YAML 1.1 resolution as PyYAML, timestamps kept as strings as Heat's loader does,
 * block style). The tree is the contract: Map, List, String, Number, Boolean, null.
 */
public final class TreeYaml {
  private static final Method WRITER = find("io.hotdsl.render.YamlWriter", "write", Object.class);
  private static final Method READER =
      find("io.hotdsl.read.YamlReader", "read", String.class, String.class);

  private TreeYaml() {}

  /** Renders {@code tree} as YAML text. */
  public static String write(Object tree) {
    if (WRITER != null) {
      return (String) invoke(WRITER, tree);
    }
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setIndent(2);
    o.setWidth(4096);
    o.setSplitLines(false);
    return new Yaml(new Representer(o), o).dump(tree);
  }

  /**
   * Parses YAML text into a tree.
   *
   * @throws IllegalArgumentException (or the YAML reader's own exception) when it is no YAML
   */
  public static Object read(String text, String sourceName) {
    if (READER != null) {
      return invoke(READER, text, sourceName);
    }
    try {
      Object tree = new Yaml(new HeatConstructor()).load(text);
      return copy(tree);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
    }
  }

  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
      return out;
    }
    if (node instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(copy(v)));
      return out;
    }
    return node;
  }

  private static final class HeatConstructor extends SafeConstructor {
    HeatConstructor() {
      super(new LoaderOptions());
      this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr() {
        @Override
        public Object construct(Node node) {
          return ((ScalarNode) node).getValue();
        }
      });
    }
  }

  private static Method find(String cls, String name, Class<?>... args) {
    try {
      return Class.forName(cls).getMethod(name, args);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  private static Object invoke(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
