package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * What the parts of one generated file share: the names of its nested classes ({@code
 * MemberTemplate}, {@code Part1} …) and the helper methods its code calls ({@code map}, {@code
 * list}, {@code patch}, {@code remove}), written once each, only when called.
 */
final class GeneratedFile {
  /** A static helper method of the generated class. */
  enum Helper {
    MAP,
    LIST,
    PATCH,
    REMOVE;

    MethodSpec spec() {
      return switch (this) {
        case MAP ->
          MethodSpec.methodBuilder("map")
              .addJavadoc("A map keeping the order of its keys: map(key, value, key, value, ...).")
              .addModifiers(Modifier.STATIC)
              .returns(Dsl.STRING_OBJECT_MAP)
              .addParameter(Object[].class, "keysAndValues")
              .varargs()
              .addStatement("$T out = new $T<>()", Dsl.STRING_OBJECT_MAP, LinkedHashMap.class)
              .beginControlFlow("for (int i = 0; i < keysAndValues.length; i += 2)")
              .addStatement("out.put((String) keysAndValues[i], keysAndValues[i + 1])")
              .endControlFlow()
              .addStatement("return out")
              .build();
        case LIST ->
          MethodSpec.methodBuilder("list")
              .addJavadoc("A list that may hold nulls.")
              .addModifiers(Modifier.STATIC)
              .returns(ParameterizedTypeName.get(Dsl.LIST, Dsl.OBJECT))
              .addParameter(Object[].class, "items")
              .varargs()
              .addStatement("return new $T<>($T.asList(items))", ArrayList.class, Arrays.class)
              .build();
        case PATCH ->
          walk(MethodSpec.methodBuilder("patch")
                  .addJavadoc("Sets the value at a path of map keys in a rendered tree.")
                  .addParameter(Dsl.STRING_OBJECT_MAP, "tree")
                  .addParameter(Object.class, "value"))
              .addStatement("m.put(path[path.length - 1], value)")
              .build();
        case REMOVE ->
          walk(MethodSpec.methodBuilder("remove")
                  .addJavadoc("Removes the key at a path of map keys from a rendered tree.")
                  .addParameter(Dsl.STRING_OBJECT_MAP, "tree"))
              .addStatement("m.remove(path[path.length - 1])")
              .build();
      };
    }

    /** The path parameter and the walk to the map that holds its last key, in {@code m}. */
    private static MethodSpec.Builder walk(MethodSpec.Builder b) {
      return b.addModifiers(Modifier.STATIC)
          .addAnnotation(unchecked())
          .addParameter(String[].class, "path")
          .varargs()
          .addStatement("$T m = tree", Dsl.STRING_OBJECT_MAP)
          .beginControlFlow("for (int i = 0; i < path.length - 1; i++)")
          .addStatement("m = ($T) m.get(path[i])", Dsl.STRING_OBJECT_MAP)
          .endControlFlow();
    }

    private static com.palantir.javapoet.AnnotationSpec unchecked() {
      return com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "unchecked")
          .build();
    }
  }

  private static final Map<Helper, MethodSpec> SPECS = new EnumMap<>(Helper.class);

  static {
    for (Helper h : Helper.values()) {
      SPECS.put(h, h.spec());
    }
  }

  private final Set<String> names = new HashSet<>();
  private final Set<Helper> called = EnumSet.noneOf(Helper.class);

  /** Claims {@code name} for a nested class; false when it is taken. */
  boolean claim(String name) {
    return names.add(name);
  }

  /** Claims and returns the first free name {@code prefix1}, {@code prefix2} … */
  String fresh(String prefix) {
    for (int i = 1; ; i++) {
      if (claim(prefix + i)) {
        return Src.name(prefix + i);
      }
    }
  }

  /** A call of {@code helper} with {@code args}, which makes the file declare it. */
  CodeBlock call(Helper helper, CodeBlock args) {
    called.add(helper);
    return CodeBlock.of("$N($L)", SPECS.get(helper), args);
  }

  /** The helpers called so far, in a fixed order. */
  List<MethodSpec> helpers() {
    return called.stream().map(SPECS::get).toList();
  }
}
