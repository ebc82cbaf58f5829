package io.hotdsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The templates a command names: files as given, every Heat template below a folder, the files a
 * glob matches; and running one check per file in parallel, as many at once as there are cores,
 * results in input order.
 */
final class Inputs {
  private static final int SNIFF_BYTES = 4096;

  private Inputs() {}

  record Expanded(List<Path> files, List<String> problems) {}

  static boolean isGlob(String input) {
    return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * Expands the inputs: a file stays (whatever it holds: validating it says what it is), a folder
   * gives the Heat templates below it (files ending in .yaml, .yml, .template or .json whose text
   * names a {@code heat_template_version}; environments and other YAML are left out), a glob the
   * files it matches below the folder before its first wildcard. Each file once, in order.
   */
  static Expanded expand(List<String> inputs) {
    Set<Path> files = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String input : inputs) {
      if (isGlob(input)) {
        int wild = firstWildcard(input);
        int slash = input.lastIndexOf('/', wild);
        Path base = Path.of(slash < 0 ? "." : slash == 0 ? "/" : input.substring(0, slash));
        String pattern = slash < 0 ? input : input.substring(slash + 1);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> found = walk(base, p -> m.matches(base.relativize(p)), problems, input);
        if (found.isEmpty()) {
          problems.add(input + ": error: no file matches");
        }
        files.addAll(found);
      } else {
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
          files.addAll(walk(p, Inputs::looksLikeTemplate, problems, input));
        } else {
          files.add(p);
        }
      }
    }
    return new Expanded(List.copyOf(files), List.copyOf(problems));
  }

  /** Runs {@code check} on every file, at most as many at once as there are cores. */
  static <T> List<T> inParallel(List<Path> files, Function<Path, T> check) {
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "hot-validate");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> check.apply(f)));
      }
      List<T> outcomes = new ArrayList<>();
      for (Future<T> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static int firstWildcard(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("*?[{".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static List<Path> walk(
      Path base, java.util.function.Predicate<Path> keep, List<String> problems, String input) {
    if (!Files.isDirectory(base)) {
      problems.add(input + ": error: " + (Files.exists(base) ? "not a folder" : "no such folder")
          + " (" + base + ")");
      return List.of();
    }
    try (Stream<Path> s = Files.walk(base)) {
      return s.filter(Files::isRegularFile).filter(keep).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(input + ": error: cannot list " + base + ": " + e.getMessage());
      return List.of();
    }
  }

  /** A YAML or JSON file whose first 4 KiB name heat_template_version (or the CFN key). */
  static boolean looksLikeTemplate(Path p) {
    String name = p.getFileName().toString();
    if (!(name.endsWith(".yaml")
        || name.endsWith(".yml")
        || name.endsWith(".template")
        || name.endsWith(".json"))) {
      return false;
    }
    try (var in = Files.newInputStream(p)) {
      String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
      return head.contains("heat_template_version")
          || head.contains("HeatTemplateFormatVersion")
          || head.contains("AWSTemplateFormatVersion");
    } catch (IOException e) {
      return true; // let the validation say why it cannot be read
    }
  }
}
