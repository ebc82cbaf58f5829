package io.hotdsl.importer;

/**
 * Something the importer could not express with the typed DSL and reproduced another way (the
 * {@code .property(name, value)} escape hatch, a generic builder, a patch of the rendered tree).
 *
 * @param file the bundle path of the template or environment
 * @param where the place in it ({@code resources.web.properties.flavor}, …)
 * @param message what was done and why
 */
public record ImportNote(String file, String where, String message) {
  @Override
  public String toString() {
    return file + ": " + where + ": " + message;
  }
}
