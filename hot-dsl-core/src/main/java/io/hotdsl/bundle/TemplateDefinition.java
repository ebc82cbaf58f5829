package io.hotdsl.bundle;

/**
 * A project's template, as build tools find it: the {@code hot-maven-plugin}'s {@code render}
 * goal loads every implementation listed in {@code
 * META-INF/services/io.hotdsl.bundle.TemplateDefinition} on the project's runtime classpath (or
 * named in its configuration), renders {@link #bundle()} into {@code target/hot/<name>/} and
 * validates it.
 *
 * <pre>{@code
 * public final class WebStack implements TemplateDefinition {
 *   public String name() { return "web"; }
 *   public Bundle bundle() { return Bundle.builder("web.yaml", template()).build(); }
 * }
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor.
 */
public interface TemplateDefinition {

  /** The bundle to render: the root template with its children, files and environments. */
  Bundle bundle();

  /** The folder name under the output directory: letters, digits, '.', '_' and '-'. */
  String name();
}
