package io.hotdsl.files;

import io.hotdsl.files.FileAccessException.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An output folder and the one write policy of hot-dsl: every file lands inside the folder, and
 * every file is written whole or not at all.
 *
 * <ul>
 *   <li>A path is relative to the folder; absolute paths and {@code ..} that leaves it are
 *       refused, and so is a sub-folder that is a symbolic link to elsewhere.
 *   <li>The bytes go to a temporary file in the target's own folder, which is then moved over
 *       the target ({@code ATOMIC_MOVE}, or a plain replacing move where the file system has no
 *       atomic one): a failed or interrupted write (a full disk, {@code ulimit -f}) leaves the
 *       previous file as it was. The temporary file is forced to the disk before the move, so
 *       a crash of the machine leaves the old file or the new one, except in the output of
 *       {@link #regenerable}.
 *   <li>A file that already holds exactly these bytes is left as it is (not rewritten, its
 *       modification time kept).
 * </ul>
 *
 * <pre>{@code
 * SafeOutput out = SafeOutput.in(Path.of("target/hot/web"));
 * out.write("template.yaml", yaml);
 * SafeOutput.writeFile(Path.of("hot.schema.json"), bytes);   // one file the user named
 * }</pre>
 */
public final class SafeOutput {
  private final Path dir;
  private final boolean sync;

  private SafeOutput(Path dir, boolean sync) {
    this.dir = dir;
    this.sync = sync;
  }

  /** Output into {@code dir} (created when first written to). */
  public static SafeOutput in(Path dir) {
    return new SafeOutput(dir.toAbsolutePath().normalize(), true);
  }

  /**
   * Output a build writes again whenever it runs (generated sources under {@code target/}): the
   * same rules as {@link #in}, but files are not forced to the disk one by one (codegen writes
   * hundreds, and each force waits for the disk), so a crash of the machine itself may lose
   * them until the next build.
   */
  public static SafeOutput regenerable(Path dir) {
    return new SafeOutput(dir.toAbsolutePath().normalize(), false);
  }

  /** The output folder (absolute, normalised). */
  public Path dir() {
    return dir;
  }

  /** Writes {@code text} as UTF-8 at {@code relative}; returns the file written. */
  public Path write(String relative, String text) {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes} at {@code relative} inside the folder, atomically; returns the file.
   *
   * @throws FileAccessException when the path is absolute or leaves the folder
   * @throws UncheckedIOException when the disk fails (the previous file is then unchanged)
   */
  public Path write(String relative, byte[] bytes) {
    Path file = target(relative);
    try {
      Files.createDirectories(dir);
      Path dirReal = dir.toRealPath();
      // the deepest folder that exists already must lie inside: no folder is created through a
      // symbolic link to elsewhere
      Path existing = file.getParent();
      while (!Files.exists(existing)) {
        existing = existing.getParent();
      }
      insideOrRefuse(existing.toRealPath(), dirReal, relative);
      Files.createDirectories(file.getParent());
      insideOrRefuse(file.getParent().toRealPath(), dirReal, relative);
      if (!holds(file, bytes)) {
        replace(file, bytes, sync);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * Writes {@code bytes} at {@code file}, a path the user named, atomically (its folder is
   * created); returns the file.
   *
   * @throws UncheckedIOException when the disk fails (the previous file is then unchanged)
   */
  public static Path writeFile(Path file, byte[] bytes) {
    Path abs = file.toAbsolutePath().normalize();
    if (abs.getFileName() == null) {
      throw new FileAccessException("", file.toString(), Rule.INVALID_NAME, "not a file name");
    }
    try {
      Files.createDirectories(abs.getParent());
      if (!holds(abs, bytes)) {
        replace(abs, bytes, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + abs + ": " + e.getMessage(), e);
    }
    return abs;
  }

  private void insideOrRefuse(Path real, Path dirReal, String relative) {
    if (!real.startsWith(dirReal)) {
      throw new FileAccessException(
          "output folder " + dir,
          relative,
          Rule.SYMLINK_OUTSIDE,
          "its folder is a symbolic link to " + real + ", outside the output folder");
    }
  }

  private Path target(String relative) {
    if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0) {
      throw new FileAccessException(
          "output folder " + dir, String.valueOf(relative), Rule.INVALID_NAME, "not a file name");
    }
    Path file;
    try {
      Path r = Path.of(relative);
      if (r.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\")) {
        throw new FileAccessException(
            "output folder " + dir, relative, Rule.ABSOLUTE, "an absolute path");
      }
      file = dir.resolve(r).normalize();
    } catch (InvalidPathException e) {
      throw new FileAccessException(
          "output folder " + dir,
          relative,
          Rule.INVALID_NAME,
          "not a file name (" + e.getReason() + ")");
    }
    if (!file.startsWith(dir) || file.equals(dir)) {
      throw new FileAccessException(
          "output folder " + dir,
          relative,
          Rule.OUTSIDE_ROOT,
          "it resolves to " + file + ", outside the output folder");
    }
    return file;
  }

  /** Whether {@code file} is a regular file (not a link) holding exactly {@code bytes}. */
  private static boolean holds(Path file, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /** Temporary file beside {@code file}, then a move over it. */
  private static void replace(Path file, byte[] bytes, boolean sync) throws IOException {
    String name = file.getFileName().toString();
    String prefix = "." + (name.length() > 64 ? name.substring(0, 64) : name) + ".";
    Path tmp = Files.createTempFile(file.getParent(), prefix, ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        if (sync) {
          ch.force(true);
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public String toString() {
    return "SafeOutput{" + dir + "}";
  }
}
