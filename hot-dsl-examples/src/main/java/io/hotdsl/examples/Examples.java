package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.model.Template;
import java.util.List;

/** Every example, in the order of the README. */
public final class Examples {
  /** The root template's file name in every bundle. */
  public static final String ROOT = "template.yaml";

  private Examples() {}

  public static List<Example> all() {
    return List.of(
        new LargeCloud(),
        new Flavors(),
        new Metadata(),
        new CloudImages(),
        new SeedCloudConfig(),
        new GoldenImages(),
        new Placement(),
        new Autoscaling(),
        new NestedStacks(),
        new TroveDatabases(),
        new DesignateDns(),
        new BarbicanTls(),
        new ThreeTierApp());
  }

  /** A bundle of just a root template. */
  static Bundle single(Template root) {
    return Bundle.builder(ROOT, root).build();
  }

  /** The same bundle with only the given environments (for one deployment). */
  public static Bundle withEnvironments(Bundle bundle, List<String> environments) {
    Bundle.Builder b = Bundle.builder(bundle.rootPath(), bundle.rootTemplate());
    bundle.templates().forEach((path, tree) -> {
      if (!path.equals(bundle.rootPath())) {
        b.template(path, tree);
      }
    });
    bundle.files().forEach(b::file);
    for (String env : environments) {
      b.environment(env, bundle.environments().get(env));
    }
    return b.build();
  }
}
