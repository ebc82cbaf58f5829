package io.hotdsl.maven;

import java.io.File;

/**
 * One provider template of {@code hot:generate}'s {@code providerTemplates}: a HOT file and the
 * resource type name an environment registers it as.
 *
 * <pre>{@code
 * <providerTemplate>
 *   <type>My::App::Server</type>
 *   <file>src/main/hot/templates/app_server.yaml</file>
 * </providerTemplate>
 * }</pre>
 */
public class ProviderTemplate {
  /** The resource type name, with {@code ::} in it. */
  String type;

  /** The template file, relative to the project's folder unless absolute. */
  File file;

  /** For Maven, which fills the fields from the configuration. */
  public ProviderTemplate() {}

  ProviderTemplate(String type, File file) {
    this.type = type;
    this.file = file;
  }
}
