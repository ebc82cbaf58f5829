package io.hotdsl.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process and runs their main methods. */
final class Compiled {
  private Compiled() {}

  /** Compiles the sources into {@code classes}; returns javac's output, or null when it passed. */
  static String compile(List<Path> sources, Path classes) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of(
        "-classpath",
        System.getProperty("java.class.path"),
        "-encoding",
        "UTF-8",
        "-proc:none",
        "-nowarn",
        "-d",
        classes.toString()));
    sources.forEach(s -> args.add(s.toString()));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = javac.run(
        null,
        null,
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args.toArray(String[]::new));
    return rc == 0 ? null : err.toString(StandardCharsets.UTF_8);
  }

  /** Runs {@code className}'s main with {@code args}. */
  static void runMain(Path classes, String className, String... args) throws Exception {
    try (URLClassLoader cl =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiled.class.getClassLoader())) {
      Method main = cl.loadClass(className).getMethod("main", String[].class);
      main.invoke(null, (Object) args);
    }
  }

  /**
   * Runs {@code source} as the README does, with the single-file launcher ({@code java
   * Stack.java args}), on this JVM's class path; fails unless it exits 0.
   */
  static void launch(Path source, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        source.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new AssertionError("java " + source.getFileName() + " failed:\n" + output);
    }
  }
}
