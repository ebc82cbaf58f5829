package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import java.util.List;
import java.util.Map;

/** One worked example: a stack bundle (root template, environments, child templates, files). */
public interface Example {

  /** A short directory-friendly name, e.g. {@code flavors}. */
  String name();

  /** One sentence on what the example shows. */
  String description();

  /** The bundle; its root template is {@code template.yaml}. */
  Bundle bundle();

  /**
   * Values for the parameters that have no default, as given with {@code --parameter} on {@code
   * openstack stack create}.
   */
  default Map<String, Object> parameterValues() {
    return Map.of();
  }

  /**
   * The sets of environments the bundle is deployed with ({@code -e} files, in order): by
   * default one deployment with all of them.
   */
  default List<List<String>> deployments() {
    return List.of(List.copyOf(bundle().environments().keySet()));
  }
}
