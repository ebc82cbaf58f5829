package io.hotdsl.adopt;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The API response samples copied into the test resources. */
final class Samples {
  private Samples() {}

  static Path dir() {
    try {
      return Path.of(Samples.class.getResource("/samples/README.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ProjectSnapshot snapshot() {
    return ProjectSnapshot.fromDirectory(dir());
  }
}
