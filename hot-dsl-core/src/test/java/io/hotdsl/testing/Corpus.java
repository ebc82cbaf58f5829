package io.hotdsl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Locates the shared corpus of real Heat templates ({@code shared/corpus}) for tests.
 *
 * <p>Found via the environment variable {@code HOTDSL_CORPUS} (the corpus directory itself), or
 * by walking up from the working directory looking for {@code shared/corpus}. Tests should skip
 * (not fail) when {@link #find()} is empty.
 */
public final class Corpus {

  /** Environment variable naming the corpus directory. */
  public static final String ENV = "HOTDSL_CORPUS";

  private final Path root;

  private Corpus(Path root) {
    this.root = root;
  }

  /** One MANIFEST.tsv row of {@code heat-templates/}; {@code path} is relative to {@link #templates()}. */
  public record CorpusEntry(
      String path,
      String kind,
      String version,
      String heat19Api,
      String heat19Strict,
      String expected,
      String note) {
    public boolean isTemplate() {
      return "template".equals(kind);
    }
  }

  /** The corpus, or empty when it cannot be found. */
  public static Optional<Corpus> find() {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env).toAbsolutePath();
      return Files.isDirectory(p) ? Optional.of(new Corpus(p)) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate.resolve("heat-templates"))) {
        return Optional.of(new Corpus(candidate));
      }
    }
    return Optional.empty();
  }

  /** The corpus directory ({@code .../shared/corpus}). */
  public Path root() {
    return root;
  }

  /** The {@code heat-templates} directory the MANIFEST paths are relative to. */
  public Path templates() {
    return root.resolve("heat-templates");
  }

  /** The file of a MANIFEST row. */
  public Path file(CorpusEntry entry) {
    return templates().resolve(entry.path());
  }

  /** The text of a MANIFEST row's file (UTF-8). */
  public String read(CorpusEntry entry) {
    try {
      return Files.readString(file(entry), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every MANIFEST.tsv row, in file order. */
  public List<CorpusEntry> entries() {
    List<String> lines;
    try {
      lines = Files.readAllLines(templates().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CorpusEntry> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      out.add(new CorpusEntry(c[0], c[1], c[2], c[3], c[4], c[5], c.length > 6 ? c[6] : ""));
    }
    return out;
  }

  /** The template rows only. */
  public List<CorpusEntry> templateEntries() {
    return entries().stream().filter(CorpusEntry::isTemplate).toList();
  }
}
