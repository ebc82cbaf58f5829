package io.hotdsl.importer;

import io.hotdsl.files.SafeOutput;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code hot import TEMPLATE [-e ENV]... --java-out DIR [--class NAME]}: writes the bundle's Java
 * source to {@code DIR/Name.java} ({@code DIR/com/example/Name.java} for {@code --class
 * com.example.Name}) and prints the import notes. Exit status: 0 written, 1 the template could
 * not be read or imported (nothing written), 2 usage (a {@code --class} that is not a Java class
 * name included).
 */
public final class ImportCommandLine {
  static final String USAGE =
      "usage: hot import TEMPLATE [-e ENV]... --java-out DIR [--class NAME]";

  private ImportCommandLine() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the command; returns the exit status (0 ok, 1 invalid input, 2 usage or I/O). */
  public static int run(String... args) {
    return run(System.out, System.err, args);
  }

  /** Runs the command with the given streams. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    Path template = null;
    Path dir = null;
    String className = null;
    List<Path> envs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-e", "--environment", "--java-out", "--class" -> {
          if (i + 1 >= args.length) {
            err.println(a + " needs a value\n" + USAGE);
            return 2;
          }
          String v = args[++i];
          if (a.equals("--java-out")) {
            dir = Path.of(v);
          } else if (a.equals("--class")) {
            className = v;
          } else {
            envs.add(Path.of(v));
          }
        }
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          if (a.startsWith("-") || template != null) {
            err.println("unexpected argument " + a + "\n" + USAGE);
            return 2;
          }
          template = Path.of(a);
        }
      }
    }
    if (template == null || dir == null) {
      err.println(USAGE);
      return 2;
    }
    if (className != null && HotImporter.classNameProblem(className) != null) {
      err.println("hot import: --class: " + HotImporter.classNameProblem(className) + "\n" + USAGE);
      return 2;
    }
    try {
      io.hotdsl.bundle.Bundle bundle = io.hotdsl.bundle.Bundle.read(template, envs);
      ImportResult r = className == null
          ? HotImporter.importBundle(bundle)
          : HotImporter.importBundle(bundle, className);
      Path file = write(dir, r.fileName(), r.source());
      for (ImportNote n : r.notes()) {
        err.println("note: " + n);
      }
      out.println(file);
      return 0;
    } catch (io.hotdsl.yaml.HotReadException e) {
      err.println(e.diagnostic());
      return 1;
    } catch (io.hotdsl.files.FileAccessException e) {
      err.println("hot import: error: " + e.getMessage());
      // the output folder refusing a file is an I/O error; the template reaching for a file
      // outside its root is invalid input
      return e.where().startsWith("output folder") ? 2 : 1;
    } catch (java.io.UncheckedIOException e) {
      err.println("hot import: error: " + e.getMessage());
      return 2; // a file that cannot be read or written
    } catch (RuntimeException e) {
      err.println("hot import: error: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Writes {@code text} to {@code relative} below {@code dir}, never outside it (the path
   * normalised, and the real folder it lands in, links followed, still inside {@code dir}), through
   * a temporary file in the same folder moved into place atomically: a failed write leaves the
   * old file or none, never a truncated one.
   */
  static Path write(Path dir, String relative, String text) {
    return SafeOutput.in(dir).write(relative, text);
  }
}
