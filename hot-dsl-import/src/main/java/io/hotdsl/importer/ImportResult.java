package io.hotdsl.importer;

import java.util.List;

/**
 * The Java source of an imported bundle.
 *
 * @param className the name of the generated class, simple ({@code Stack}) or qualified ({@code
 *     com.example.Stack})
 * @param source the Java source, one self-contained file
 * @param notes everything reproduced through an escape hatch, also written as comments
 */
public record ImportResult(String className, String source, List<ImportNote> notes) {
  public ImportResult {
    notes = List.copyOf(notes);
  }

  /** The path of the source below a source root ({@code com/example/Stack.java}). */
  public String fileName() {
    return className.replace('.', '/') + ".java";
  }
}
