package io.hotdsl.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A builder chain, one call a line: {@code Server.builder("web")}, then {@code .image(image)} …
 * each on its own line, indented two levels deeper than the line the chain starts on.
 */
final class Chain {
  private final CodeBlock head;
  private final List<CodeBlock> calls = new ArrayList<>();

  private Chain(CodeBlock head) {
    this.head = head;
  }

  static Chain of(CodeBlock head) {
    return new Chain(head);
  }

  static Chain of(String format, Object... args) {
    return new Chain(CodeBlock.of(format, args));
  }

  /** Appends {@code .method(args)}. */
  Chain call(String method, CodeBlock args) {
    calls.add(CodeBlock.of(".$L($L)", Src.name(method), args));
    return this;
  }

  /** Appends {@code .method(args)} of a format and its arguments. */
  Chain call(String method, String format, Object... args) {
    return call(method, CodeBlock.of(format, args));
  }

  /** Appends calls already written ({@code .addTag("a")}). */
  Chain calls(List<CodeBlock> more) {
    calls.addAll(more);
    return this;
  }

  CodeBlock build() {
    CodeBlock.Builder b = CodeBlock.builder().add(head);
    if (!calls.isEmpty()) {
      b.add("$>$>");
      calls.forEach(c -> b.add("\n$L", c));
      b.add("$<$<");
    }
    return b.build();
  }
}
