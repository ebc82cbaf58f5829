package io.hotdsl.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.bundle.TemplateDefinition;
import io.hotdsl.read.HotReader;
import io.hotdsl.validate.ValidationDepth;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tool that loads a project's classes in a class loader of its own (the Maven plugin) finds the
 * project's resource types through that loader, not through whatever loader the process-wide
 * catalog happened to be made with.
 */
class CatalogLoaderTest {
  static final String TYPE = "CatalogLoaderTest::Thing";

  /** A project's provider: listed in a services file only the project's class loader holds. */
  public static final class ProjectTypes implements ResourceTypeProvider {
    @Override
    public Map<String, ResourceTypeSchema> schemas() {
      return Map.of(
          TYPE,
          SchemaJson.parse(
              "{\"resource_type\": \"" + TYPE + "\", \"properties\": {},"
                  + " \"attributes\": {}, \"support_status\": {\"status\": \"SUPPORTED\"}}",
              "test"));
    }
  }

  /** A project's template definition that uses the project's type. */
  public static final class ProjectDefinition implements TemplateDefinition {
    @Override
    public Bundle bundle() {
      return Bundle.builder(
              "t.yaml",
              HotReader.read(
                  "heat_template_version: 2018-08-31\nresources:\n  r: {type: " + TYPE + "}\n",
                  "t.yaml"))
          .build();
    }

    @Override
    public String name() {
      return "project";
    }
  }

  private static URLClassLoader projectLoader(Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(
        services.resolve(ResourceTypeProvider.class.getName()),
        ProjectTypes.class.getName() + "\n");
    return new URLClassLoader(
        new URL[] {dir.toUri().toURL()}, CatalogLoaderTest.class.getClassLoader());
  }

  @Test
  void aLoadersCatalogHoldsTheProvidersOnlyThatLoaderSees(@TempDir Path dir) throws Exception {
    try (URLClassLoader project = projectLoader(dir)) {
      assertThat(Catalog.standard(project).lookup(TYPE)).isPresent();
      assertThat(Catalog.standard(project).types())
          .as("the providers of the parent loaders too")
          .containsAll(Catalog.standard().types());
    }
    assertThat(Catalog.standard().lookup(TYPE)).as("the process-wide catalog").isEmpty();
    assertThat(Catalog.standard(CatalogLoaderTest.class.getClassLoader()).lookup(TYPE))
        .isEmpty();
  }

  @Test
  void aDefinitionIsValidatedAgainstWhatItsOwnClassLoaderSees(@TempDir Path dir) throws Exception {
    TemplateDefinition outside = new ProjectDefinition();
    assertThat(
            BundleValidator.validateAll(outside.bundle(), ValidationDepth.CREATE, outside.catalog())
                .errors())
        .singleElement()
        .asString()
        .contains("resource type " + TYPE + " is not registered");

    try (URLClassLoader project = new DefinesProjectDefinition(projectLoader(dir))) {
      TemplateDefinition inside = (TemplateDefinition)
          project.loadClass(ProjectDefinition.class.getName()).getConstructor().newInstance();
      assertThat(inside.getClass().getClassLoader()).isSameAs(project);
      assertThat(
              BundleValidator.validateAll(inside.bundle(), ValidationDepth.CREATE, inside.catalog())
                  .errors())
          .isEmpty();
      assertThat(outside.catalog().lookup(TYPE))
          .as("a definition of the test's own loader still does not see the project's type")
          .isEmpty();
    }
  }

  /**
   * The project's class loader, which defines {@link ProjectDefinition} itself (as a project's
   * loader defines the project's classes) and leaves everything else to its parent.
   */
  private static final class DefinesProjectDefinition extends URLClassLoader {
    DefinesProjectDefinition(URLClassLoader project) {
      super(project.getURLs(), CatalogLoaderTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(ProjectDefinition.class.getName())) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          String file = name.substring(name.lastIndexOf('.') + 1) + ".class";
          try (var in = CatalogLoaderTest.class.getResourceAsStream(file)) {
            byte[] bytes = in.readAllBytes();
            c = defineClass(name, bytes, 0, bytes.length);
          } catch (java.io.IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        return c;
      }
    }
  }
}
