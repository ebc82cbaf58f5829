package io.hotdsl.yaml;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.heat.oracle.HeatOracle;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helper: loads YAML texts with Heat's own loader (PyYAML), in one Python process.
 * Skips the calling test (JUnit assumption, with a visible message) when Python or PyYAML
 * is not available.
 */
public final class PyYamlOracle {

  /** One answer of the oracle: {@code ok} true with the tree, or false with the error. */
  public record Answer(boolean ok, Object tree, String error) {}

  private static final Path PYTHON = Path.of(HeatOracle.PYTHON);

  private PyYamlOracle() {}

  /** Skips the test unless {@link HeatOracle#PYTHON} can {@code import yaml}. */
  public static void assumeAvailable() {
    boolean ok = false;
    String why = PYTHON + " not found";
    if (Files.isExecutable(PYTHON)) {
      try {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import yaml")
            .redirectErrorStream(true)
            .start();
        ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        why = "PyYAML is not importable by " + PYTHON;
      } catch (Exception e) {
        why = e.toString();
      }
    }
    if (!ok) {
      System.err.println("SKIPPED PyYAML oracle test: " + why);
    }
    Assumptions.assumeTrue(ok, "PyYAML oracle unavailable: " + why);
  }

  /** Loads every text with Heat's loader; returns one answer per text, in order. */
  public static List<Answer> load(List<String> texts) throws Exception {
    assumeAvailable();
    Path script;
    try (InputStream in = PyYamlOracle.class.getResourceAsStream("pyyaml_load.py")) {
      script = Files.createTempFile("pyyaml_load", ".py");
      Files.write(script, in.readAllBytes());
    }
    try {
      Process p = new ProcessBuilder(PYTHON.toString(), script.toString()).start();
      byte[] input = new ObjectMapper().writeValueAsBytes(texts);
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      try (OutputStream os = p.getOutputStream()) {
        os.write(input);
      }
      if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError(
            "python oracle failed: " + new String(err.get(), StandardCharsets.UTF_8));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>)
          YamlReader.readJson(new String(out.get(), StandardCharsets.UTF_8), "oracle");
      System.out.println(
          "PyYAML oracle: " + result.get("loader") + ", " + texts.size() + " documents");
      List<Answer> answers = new ArrayList<>();
      for (Object o : (List<?>) result.get("results")) {
        Map<?, ?> m = (Map<?, ?>) o;
        answers.add(
            m.containsKey("ok")
                ? new Answer(true, m.get("ok"), null)
                : new Answer(false, null, (String) m.get("err")));
      }
      return answers;
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      in.transferTo(bos);
      return bos.toByteArray();
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }
}
