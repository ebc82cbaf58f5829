package io.hotdsl.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes what an earlier run generated and this one did not (a type taken out of the schemas
 * leaves no class behind), and nothing else:
 *
 * <ul>
 *   <li>only inside one folder codegen owns in an output folder (the base package's folder for
 *       Java, the copied schemas' folder for JSON), which must lie inside the output folder
 *       itself, symbolic links resolved;
 *   <li>Java files only when they carry codegen's {@code @Generated} annotation, so hand-written
 *       code in the same package is kept; JSON files only directly in the schema folder, whose
 *       name codegen chose;
 *   <li>never through or at a symbolic link: links are neither followed nor deleted.
 * </ul>
 *
 * <p>It runs after every file of the run has been written (each one atomically), so a run that
 * fails part way removes nothing.
 */
final class StaleFiles {
  /** What every class codegen writes carries ({@link ResourceClassGenerator#generated()}). */
  static final String MARKER = "@Generated(\"" + Codegen.class.getName() + "\")";

  private StaleFiles() {}

  /**
   * Deletes the Java files under {@code folder} (a path relative to {@code outputDir}, with its
   * sub-folders) that bear {@link #MARKER} and are not in {@code written}; returns them.
   */
  static List<Path> removeJava(Path outputDir, String folder, Set<Path> written) {
    return remove(outputDir, folder, written, true);
  }

  /**
   * Deletes the {@code .json} files directly in {@code folder} (relative to {@code outputDir})
   * that are not in {@code written}; returns them.
   */
  static List<Path> removeJson(Path outputDir, String folder, Set<Path> written) {
    return remove(outputDir, folder, written, false);
  }

  private static List<Path> remove(Path outputDir, String folder, Set<Path> written, boolean java) {
    Path out = outputDir.toAbsolutePath().normalize();
    Path root = out.resolve(folder).normalize();
    if (!root.startsWith(out) || root.equals(out)) {
      throw new IllegalArgumentException(folder + " is not a folder inside " + out);
    }
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return removed; // nothing generated there yet, or a link: not ours to clean
    }
    Set<Path> keep = new HashSet<>();
    written.forEach(p -> keep.add(p.toAbsolutePath().normalize()));
    try {
      if (!root.toRealPath().startsWith(out.toRealPath())) {
        return removed; // a folder above is a link to elsewhere
      }
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        private final Set<Path> emptied = new HashSet<>();

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return java || dir.equals(root) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          String name = file.getFileName().toString();
          if (attrs.isRegularFile()
              && !keep.contains(file)
              && (java ? name.endsWith(".java") && generated(file) : name.endsWith(".json"))) {
            Files.delete(file);
            removed.add(file);
            emptied.add(file.getParent());
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          if (emptied.contains(dir) && !dir.equals(root) && isEmpty(dir)) {
            Files.delete(dir);
            emptied.add(dir.getParent());
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot remove stale files under " + root + ": " + e.getMessage(), e);
    }
    return removed;
  }

  private static boolean generated(Path file) throws IOException {
    return Files.size(file) < 64 * 1024 * 1024
        && new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(MARKER);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
