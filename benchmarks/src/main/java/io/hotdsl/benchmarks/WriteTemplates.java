package io.hotdsl.benchmarks;

import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the benchmark template of {@code n} resources as {@code DIR/template-N.yaml} and .json. */
public final class WriteTemplates {
  private WriteTemplates() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int i = 1; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      Template t = Fixtures.build(n);
      Files.writeString(dir.resolve("template-" + n + ".yaml"), HotRenderer.yaml(t));
      Files.writeString(dir.resolve("template-" + n + ".json"), HotRenderer.json(t));
    }
  }
}
