package io.hotdsl.importer;

import java.util.List;

/**
 * The Java source of an imported bundle.
 *
 * @param className the simple name of the generated class (the file is {@code className.java})
 * @param source the Java source, one self-contained file in the default package
 * @param notes everything reproduced through an escape hatch, also written as comments
 */
public record ImportResult(String className, String source, List<ImportNote> notes) {
  public ImportResult {
    notes = List.copyOf(notes);
  }

  /** The file name of the source. */
  public String fileName() {
    return className + ".java";
  }
}
