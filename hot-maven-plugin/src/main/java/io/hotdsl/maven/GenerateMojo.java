package io.hotdsl.maven;

import io.hotdsl.codegen.Codegen;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed resource classes from the project's own resource type schemas (the JSON of
 * {@code openstack orchestration resource type show TYPE -f json}, one type per file or an array)
 * and from its provider templates (HOT files registered as types: their parameters become typed
 * setters, their outputs attribute getters, as Heat's TemplateResource makes them) into {@code
 * target/generated-sources/hot}, and adds it as a source root. The schemas and a
 * {@code ResourceTypeProvider} service go to {@code target/generated-resources/hot}, a resource
 * root, so the validators know the types at run time.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /** The folder of resource type schemas ({@code *.json}). */
  @Parameter(
      property = "hot.schemaDirectory",
      defaultValue = "${project.basedir}/src/main/hot/resource-types")
  File schemaDirectory;

  /**
   * Provider templates to generate classes for, each a {@code <providerTemplate>} with a
   * {@code <type>} (the name an environment registers it as) and a {@code <file>}.
   */
  @Parameter
  List<ProviderTemplate> providerTemplates;

  /** Where the Java sources go. */
  @Parameter(
      property = "hot.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/hot")
  File outputDirectory;

  /** Where the schema copies and the provider service file go. */
  @Parameter(
      property = "hot.resourcesOutputDirectory",
      defaultValue = "${project.build.directory}/generated-resources/hot")
  File resourcesOutputDirectory;

  /**
   * The base package of the generated classes ({@code Acme::Storage::Bucket} becomes {@code
   * <basePackage>.acme.storage.Bucket}); by default the project's groupId plus {@code .hot}.
   * Must differ from {@code io.hotdsl.resources}, hot-dsl-resources' own.
   */
  @Parameter(property = "hot.basePackage")
  String basePackage;

  /** Skips the goal. */
  @Parameter(property = "hot.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("hot:generate skipped");
      return;
    }
    List<ProviderTemplate> providers = providerTemplates == null ? List.of() : providerTemplates;
    if (!schemaDirectory.isDirectory() && providers.isEmpty()) {
      getLog()
          .info("hot:generate: no schema directory " + schemaDirectory
              + " and no providerTemplates, nothing to do");
      return;
    }
    String pkg = basePackage != null && !basePackage.isBlank()
        ? basePackage
        : defaultPackage(project.getGroupId());
    if (pkg.equals(Codegen.DEFAULT_PACKAGE)) {
      throw new MojoExecutionException(
          "basePackage " + pkg + " is hot-dsl-resources' own;" + " choose another");
    }
    Codegen.Builder b = Codegen.builder()
        .basePackage(pkg)
        .outputDirectory(outputDirectory.toPath())
        .resourcesOutputDirectory(resourcesOutputDirectory.toPath());
    Codegen codegen;
    try {
      if (schemaDirectory.isDirectory()) {
        b.schemas(schemaDirectory.toPath());
      }
      for (int i = 0; i < providers.size(); i++) {
        ProviderTemplate p = providers.get(i);
        if (p == null || p.type == null || p.type.isBlank() || p.file == null) {
          throw new MojoExecutionException(
              "providerTemplates[" + i + "]: a providerTemplate" + " needs a <type> and a <file>");
        }
        b.providerTemplate(p.type, resolve(p.file).toPath());
      }
      codegen = b.build();
      if (codegen.sources().isEmpty()) {
        getLog().warn("hot:generate: no resource type schema in " + schemaDirectory);
        return;
      }
      Files.createDirectories(outputDirectory.toPath());
      Codegen.Result r = codegen.generate();
      getLog()
          .info(String.format(
              "hot:generate: %d resource types, %d Java files in %s",
              r.types(), r.javaFiles(), outputDirectory));
    } catch (RuntimeException | java.io.IOException e) {
      throw new MojoExecutionException("hot:generate failed: " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(outputDirectory.getPath());
    Resource res = new Resource();
    res.setDirectory(resourcesOutputDirectory.getPath());
    project.addResource(res);
  }

  private File resolve(File file) {
    return file.isAbsolute() || project.getBasedir() == null
        ? file
        : new File(project.getBasedir(), file.getPath());
  }

  static String defaultPackage(String groupId) {
    StringBuilder out = new StringBuilder();
    for (String seg : groupId.split("\\.")) {
      String s = seg.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
      if (s.isEmpty()) {
        continue;
      }
      if (!Character.isJavaIdentifierStart(s.charAt(0))
          || javax.lang.model.SourceVersion.isKeyword(s)) {
        s = "_" + s;
      }
      out.append(out.length() == 0 ? "" : ".").append(s);
    }
    return (out.length() == 0 ? "generated" : out) + ".hot";
  }
}
