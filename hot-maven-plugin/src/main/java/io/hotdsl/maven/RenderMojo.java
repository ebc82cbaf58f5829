package io.hotdsl.maven;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.bundle.TemplateDefinition;
import io.hotdsl.schema.Catalog;
import io.hotdsl.validate.Problem;
import io.hotdsl.validate.Severity;
import io.hotdsl.validate.ValidationDepth;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Renders the project's template definitions ({@link TemplateDefinition}s listed in {@code
 * META-INF/services/io.hotdsl.bundle.TemplateDefinition} on the runtime classpath, plus any named
 * in {@code definitions}) into {@code target/hot/<name>/}, then validates every template of each
 * bundle ({@link TemplateValidator}) and the bundle itself ({@link BundleValidator}). Errors fail
 * the build, each listed with its definition, file and YAML path.
 */
@Mojo(
    name = "render",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class RenderMojo extends AbstractMojo {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

  /** Where each definition's bundle goes, in a folder named after it. */
  @Parameter(property = "hot.renderDirectory", defaultValue = "${project.build.directory}/hot")
  File outputDirectory;

  /** Classes implementing TemplateDefinition, besides those the ServiceLoader finds. */
  @Parameter
  List<String> definitions = new ArrayList<>();

  /** Whether to discover definitions with ServiceLoader. */
  @Parameter(property = "hot.serviceLoader", defaultValue = "true")
  boolean serviceLoader;

  /** Whether warnings fail the build too. */
  @Parameter(property = "hot.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  /** Skips the goal. */
  @Parameter(property = "hot.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("hot:render skipped");
      return;
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(classpath(), getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      Map<String, TemplateDefinition> found = discover(loader);
      if (found.isEmpty()) {
        getLog()
            .warn("hot:render: no TemplateDefinition found (list one in META-INF/services/"
                + TemplateDefinition.class.getName() + " or in <definitions>)");
        return;
      }
      List<String> errors = new ArrayList<>();
      for (Map.Entry<String, TemplateDefinition> e : found.entrySet()) {
        render(e.getKey(), e.getValue(), errors);
      }
      if (!errors.isEmpty()) {
        String list = String.join("\n  ", errors);
        getLog().error("hot:render: " + errors.size() + " problem(s):\n  " + list);
        throw new MojoFailureException(
            "hot:render: " + errors.size() + " template problem(s):\n  " + list);
      }
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("hot:render: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  void render(String name, TemplateDefinition def, List<String> errors)
      throws MojoExecutionException {
    Bundle bundle = fromDefinition(name, def, "bundle()", def::bundle, errors);
    Catalog catalog =
        bundle == null ? null : fromDefinition(name, def, "catalog()", def::catalog, errors);
    if (catalog == null) {
      return;
    }
    Path dir = outputDirectory.toPath().resolve(name);
    List<Path> written;
    try {
      written = bundle.writeTo(dir);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("hot:render: cannot write " + name + " to " + dir, e);
    }
    getLog().info("hot:render: " + name + " -> " + dir + " (" + written.size() + " files)");
    for (Problem p :
        BundleValidator.validateAll(bundle, ValidationDepth.CREATE, catalog).problems()) {
      String line = name + "/" + p;
      if (p.severity() == Severity.ERROR || failOnWarnings) {
        errors.add(line);
      } else {
        getLog().warn("hot:render: " + line);
      }
    }
  }

  /**
   * What the user's definition returns from {@code method}, or null with the failure (an exception
   * or a null) added to {@code errors}: the user's code runs here, and its mistakes are theirs.
   */
  private static <T> T fromDefinition(
      String name,
      TemplateDefinition def,
      String method,
      java.util.function.Supplier<T> call,
      List<String> errors) {
    String what = name + ": " + def.getClass().getName() + "." + method;
    try {
      T value = call.get();
      if (value == null) {
        errors.add(what + " returned null");
      }
      return value;
    } catch (RuntimeException e) {
      errors.add(what + " failed: " + e);
      return null;
    }
  }

  Map<String, TemplateDefinition> discover(ClassLoader loader) throws MojoExecutionException {
    List<TemplateDefinition> defs = new ArrayList<>();
    if (serviceLoader) {
      try {
        ServiceLoader.load(TemplateDefinition.class, loader).forEach(defs::add);
      } catch (java.util.ServiceConfigurationError e) {
        throw new MojoExecutionException(
            "hot:render: cannot load a TemplateDefinition: " + e.getMessage(), e);
      }
    }
    for (String className : definitions) {
      try {
        Class<?> c = Class.forName(className, true, loader);
        defs.add((TemplateDefinition) c.getConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new MojoExecutionException(
            "hot:render: cannot instantiate " + className + " as a TemplateDefinition: " + e, e);
      }
    }
    Map<String, TemplateDefinition> byName = new LinkedHashMap<>();
    for (TemplateDefinition d : defs) {
      String n = d.name();
      if (n == null || !NAME.matcher(n).matches() || n.equals(".") || n.equals("..")) {
        throw new MojoExecutionException("hot:render: " + d.getClass().getName()
            + ".name() must be letters, digits, '.', '_' or '-', not " + n);
      }
      TemplateDefinition other = byName.putIfAbsent(n, d);
      if (other != null && other.getClass() != d.getClass()) {
        throw new MojoExecutionException("hot:render: " + other.getClass().getName() + " and "
            + d.getClass().getName() + " are both named " + n);
      }
    }
    return byName;
  }

  URL[] classpath() throws MojoExecutionException {
    try {
      List<String> elements = project.getRuntimeClasspathElements();
      URL[] urls = new URL[elements.size()];
      for (int i = 0; i < urls.length; i++) {
        urls[i] = new File(elements.get(i)).toURI().toURL();
      }
      return urls;
    } catch (org.apache.maven.artifact.DependencyResolutionRequiredException
        | MalformedURLException e) {
      throw new MojoExecutionException("hot:render: cannot build the runtime classpath", e);
    }
  }
}
