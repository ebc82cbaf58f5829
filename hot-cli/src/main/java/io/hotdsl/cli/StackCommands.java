package io.hotdsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** What {@code hot abandon} and {@code hot adopt --stack} share: files. */
final class StackCommands {
  /** The largest adopt data file read (as templates: 10 MiB). */
  static final long MAX_DATA = 10L << 20;

  private StackCommands() {}

  /**
   * An empty file beside {@code target}, readable by its owner only where the file system says
   * so, to be moved onto it: made before anything is asked of Heat, so that a place that cannot
   * be written fails first.
   */
  static Path tempBeside(Path target) {
    Path dir = target.toAbsolutePath().normalize().getParent();
    if (Files.isDirectory(target)) {
      throw new UncheckedIOException(new IOException(target + ": is a directory"));
    }
    try {
      Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its own defaults apply
      }
      return temp;
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException(target + ": cannot be written (" + describe(e) + ")", e));
    }
  }

  /** Writes {@code text} to {@code temp} and moves it onto {@code target} in one step. */
  static void replace(Path temp, Path target, String text) {
    try {
      Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException(target + ": cannot be written (" + describe(e) + ")", e));
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "exists";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
