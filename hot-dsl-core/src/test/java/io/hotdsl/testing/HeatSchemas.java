package io.hotdsl.testing;

import io.hotdsl.schema.ResourceTypes;
import io.hotdsl.schema.SchemaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Registers the committed Heat 19 schema snapshot (codegen's input) with {@link ResourceTypes}, so
 * core tests validate real types as a user with hot-dsl-resources on the class path would.
 */
public final class HeatSchemas {
  private static boolean registered;

  private HeatSchemas() {}

  /** The snapshot's resource-types folder, relative to hot-dsl-core. */
  public static Path snapshot() {
    return Path.of(
        "..",
        "codegen",
        "src",
        "main",
        "resources",
        "io",
        "hotdsl",
        "codegen",
        "heat-19.0.0",
        "resource-types");
  }

  /** Registers every type of the snapshot once. */
  public static synchronized void register() {
    if (registered) {
      return;
    }
    try (Stream<Path> files = Files.list(snapshot())) {
      files
          .filter(
              f -> f.toString().endsWith(".json") && f.getFileName().toString().contains("__"))
          .sorted()
          .forEach(f -> {
            try (InputStream in = Files.newInputStream(f)) {
              ResourceTypes.register(SchemaJson.parse(in, f.toString()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the schema snapshot " + snapshot(), e);
    }
    registered = true;
  }
}
