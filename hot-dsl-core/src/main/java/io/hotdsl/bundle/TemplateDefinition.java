package io.hotdsl.bundle;

import io.hotdsl.schema.Catalog;

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

  /**
   * The resource types the bundle is validated against: by default the providers this class's
   * own class loader sees (Heat's types and the project's generated ones). Override it to add
   * types of your cloud, e.g. {@code Catalog.standard(getClass().getClassLoader()).with(mine)}.
   */
  default Catalog catalog() {
    return Catalog.standard(getClass().getClassLoader());
  }
}
