package io.hotdsl.files;

import io.hotdsl.files.FileAccessException.Rule;
import io.hotdsl.yaml.HotReadException;
import io.hotdsl.yaml.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The folder a template and everything it references may be read from, and the rules for reading
 * there: the one read policy of hot-dsl.
 *
 * <ul>
 *   <li>A reference ({@code get_file: x}, {@code type: x.yaml}, a {@code resource_registry}
 *       file) is relative to the file that makes it; absolute paths are refused.
 *   <li>After normalising, the path stays inside the root; {@code ..} past it is refused.
 *   <li>Symbolic links are followed only when their target ({@link Path#toRealPath}) is inside
 *       the root too.
 *   <li>Only regular files are read; nothing under {@code /proc}, {@code /sys} or {@code /dev}.
 *   <li>A file is at most {@link #maxFileSize()} bytes (Heat's {@code max_template_size}, 524288,
 *       by default), enforced while reading: a larger file is never read into memory.
 * </ul>
 *
 * <pre>{@code
 * FileRoot root = FileRoot.of(Path.of("project"));      // or .maxFileSize(1 << 20)
 * Path file = root.resolve(template, "scripts/boot.sh", "t.yaml: resources.web...get_file");
 * Optional<String> text = root.readIfPresent(file, "t.yaml: resources.web...get_file");
 * }</pre>
 */
public final class FileRoot {
  /** Heat's default {@code max_template_size}: the default cap on a file's size. */
  public static final long DEFAULT_MAX_FILE_SIZE = 524_288;

  private static final long LARGEST_CAP = Integer.MAX_VALUE - 16;
  private static final List<Path> SYSTEM_DIRS =
      List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

  private final Path dir;
  private final Path real;
  private final long maxFileSize;

  private FileRoot(Path dir, Path real, long maxFileSize) {
    this.dir = dir;
    this.real = real;
    this.maxFileSize = maxFileSize;
  }

  /**
   * The root at {@code dir}, with the default size cap.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public static FileRoot of(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(abs)) {
      throw new IllegalArgumentException("read root " + dir + " is not a directory");
    }
    try {
      return new FileRoot(abs, abs.toRealPath(), DEFAULT_MAX_FILE_SIZE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve read root " + dir, e);
    }
  }

  /** This root with a different size cap in bytes (1 to about 2 GiB). */
  public FileRoot maxFileSize(long bytes) {
    if (bytes < 1 || bytes > LARGEST_CAP) {
      throw new IllegalArgumentException(
          "maxFileSize is between 1 and " + LARGEST_CAP + " bytes: " + bytes);
    }
    return new FileRoot(dir, real, bytes);
  }

  /** The root folder (absolute, normalised). */
  public Path dir() {
    return dir;
  }

  /** The size cap in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /**
   * A file named explicitly (a root template, an {@code -e} environment), absolute and normalised.
   *
   * @throws FileAccessException when it lies outside the root
   */
  public Path locate(Path file, String where) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(dir)) {
      throw new FileAccessException(
          where,
          file.toString(),
          Rule.OUTSIDE_ROOT,
          "it is outside the read root " + dir + " (a root wide enough for both: "
              + commonFolder(abs) + ")");
    }
    return abs;
  }

  /**
   * The file {@code ref} names when the file {@code from} (inside the root) references it:
   * resolved against {@code from}'s folder and normalised. It may not exist.
   *
   * @param where the file and YAML path of the reference, for messages
   * @throws FileAccessException when {@code ref} is absolute, not a file name, or leaves the root
   */
  public Path resolve(Path from, String ref, String where) {
    Objects.requireNonNull(ref, "ref");
    if (ref.isEmpty() || ref.indexOf('\0') >= 0) {
      throw new FileAccessException(where, ref, Rule.INVALID_NAME, "not a file name");
    }
    Path target;
    try {
      Path r = Path.of(ref);
      if (r.isAbsolute() || ref.startsWith("/") || ref.startsWith("\\")) {
        throw new FileAccessException(where, ref, Rule.ABSOLUTE, "an absolute path");
      }
      target = from.toAbsolutePath().normalize().resolveSibling(r).normalize();
    } catch (InvalidPathException e) {
      throw new FileAccessException(
          where, ref, Rule.INVALID_NAME, "not a file name (" + e.getReason() + ")");
    }
    if (!target.startsWith(dir)) {
      throw new FileAccessException(
          where,
          ref,
          Rule.OUTSIDE_ROOT,
          "it resolves to " + target + ", outside the read root " + dir);
    }
    return target;
  }

  /** {@code file} relative to the root, with {@code /} separators. */
  public String relative(Path file) {
    return dir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /**
   * The text of {@code file}, a path inside the root ({@link #locate} or {@link #resolve}), read
   * under every rule of the policy, or empty when there is no such file.
   *
   * @throws FileAccessException when a rule refuses it
   * @throws UncheckedIOException when the disk fails
   */
  public Optional<String> readIfPresent(Path file, String where) {
    return read(file, where, maxFileSize, false);
  }

  /** {@link #readIfPresent} for a file that must exist ({@link NoSuchFileException} otherwise). */
  public String read(Path file, String where) {
    return read(file, where, maxFileSize, true).orElseThrow();
  }

  /** {@link #read(Path, String)} with its own size cap (documents named by the user). */
  public String read(Path file, String where, long limit) {
    return read(file, where, Math.min(limit, LARGEST_CAP), true).orElseThrow();
  }

  private Optional<String> read(Path file, String where, long limit, boolean required) {
    Path abs = file.toAbsolutePath().normalize();
    String shown = relativeOrAbsolute(abs);
    if (!abs.startsWith(dir)) {
      throw new FileAccessException(
          where, shown, Rule.OUTSIDE_ROOT, "outside the read root " + dir);
    }
    Path target;
    try {
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        return absent(abs, required);
      }
      target = abs.toRealPath();
    } catch (NoSuchFileException e) {
      return absent(abs, required); // a dangling link: nothing to read
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path system : SYSTEM_DIRS) {
      if (target.startsWith(system)) {
        throw new FileAccessException(where, shown, Rule.SYSTEM_FILE, target + " is a system file");
      }
    }
    if (!target.startsWith(real)) {
      throw new FileAccessException(
          where,
          shown,
          Rule.SYMLINK_OUTSIDE,
          "a symbolic link to " + target + ", outside the read root " + dir);
    }
    byte[] bytes;
    try {
      BasicFileAttributes attrs =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attrs.isRegularFile()) {
        throw new FileAccessException(
            where,
            shown,
            Rule.NOT_REGULAR_FILE,
            attrs.isDirectory() ? "a directory" : "not a regular file (a device, pipe or socket)");
      }
      if (attrs.size() > limit) {
        throw tooLarge(where, shown, attrs.size() + " bytes", limit);
      }
      try (InputStream in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes((int) limit + 1); // the cap holds even when the size was wrong
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limit) {
      throw tooLarge(where, shown, "more than " + limit + " bytes", limit);
    }
    try {
      return Optional.of(TextFiles.decode(bytes, shown));
    } catch (HotReadException e) {
      FileAccessException refused = new FileAccessException(
          where,
          shown,
          Rule.NOT_UTF8,
          "not UTF-8 text: line " + e.getLine() + ", column " + e.getColumn() + ": "
              + e.getProblem());
      refused.initCause(e); // the located read error, for a document read as such
      throw refused;
    }
  }

  private static Optional<String> absent(Path abs, boolean required) {
    if (required) {
      throw new UncheckedIOException(new NoSuchFileException(abs.toString()));
    }
    return Optional.empty();
  }

  private static FileAccessException tooLarge(String where, String shown, String size, long limit) {
    return new FileAccessException(
        where, shown, Rule.TOO_LARGE, size + ", over the cap of " + limit + " bytes");
  }

  private String relativeOrAbsolute(Path abs) {
    return abs.startsWith(dir) ? relative(abs) : abs.toString();
  }

  private Path commonFolder(Path abs) {
    Path common = dir;
    while (common != null && !abs.startsWith(common)) {
      common = common.getParent();
    }
    return common == null ? abs.getRoot() : common;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileRoot r && r.dir.equals(dir) && r.maxFileSize == maxFileSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dir, maxFileSize);
  }

  @Override
  public String toString() {
    return "FileRoot{" + dir + ", maxFileSize=" + maxFileSize + "}";
  }
}
