package io.hotdsl.heat.oracle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Heat 19.0.0 oracle: validates templates and loads documents with OpenStack Heat's real
 * engine, run offline by the bundled script {@code io/hotdsl/heat/oracle/heat_oracle.py} under
 * {@link #PYTHON} (Debian's {@code python3-heat}).
 *
 * <p>Every OpenStack client is mocked: services, extensions and microversions count as
 * available and custom constraints ({@code nova.flavor}, {@code glance.image}, ...) accept any
 * value, so a verdict reflects the template, not a cloud. One {@link #run(List)} call starts one
 * Python process for the whole batch; batch calls for speed.
 *
 * <p>Use {@link #find()} to obtain an instance; it is empty where Heat is not installed.
 */
public final class HeatOracle {

  /**
   * The interpreter Debian's python3-heat is installed for: the one place that names it, for
   * the oracle, {@code LocalHeat} and every test that runs Heat's or PyYAML's own Python.
   */
  public static final String PYTHON = "/usr/bin/python3";

  private static final String SCRIPT_RESOURCE = "/io/hotdsl/heat/oracle/heat_oracle.py";
  private static final long TIMEOUT_MINUTES = 10;
  private static volatile Optional<HeatOracle> found;

  private final ObjectMapper mapper = new ObjectMapper()
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);
  private final Path script;

  private HeatOracle(Path script) {
    this.script = script;
  }

  /**
   * The oracle, when {@link #PYTHON} {@code -c "import heat"} succeeds; empty otherwise.
   * The check runs once per JVM.
   */
  public static Optional<HeatOracle> find() {
    Optional<HeatOracle> result = found;
    if (result == null) {
      synchronized (HeatOracle.class) {
        result = found;
        if (result == null) {
          result =
              heatImportable() ? Optional.of(new HeatOracle(extractScript())) : Optional.empty();
          found = result;
        }
      }
    }
    return result;
  }

  /**
   * Runs a batch in one Python process and returns one verdict per case, in case order.
   *
   * @throws HeatOracleException when the process fails, exits non-zero or prints no JSON result
   */
  public List<HeatVerdict> run(List<HeatCase> cases) {
    Objects.requireNonNull(cases, "cases");
    if (cases.isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> wire = new ArrayList<>();
    for (HeatCase c : cases) {
      wire.add(c.toWire());
    }
    byte[] request;
    try {
      request = mapper.writeValueAsBytes(Map.of("cases", wire));
    } catch (IOException e) {
      throw new HeatOracleException("cannot serialise the oracle request", e);
    }
    Process process;
    try {
      ProcessBuilder pb = new ProcessBuilder(PYTHON, script.toString());
      // Heat iterates sets in places (e.g. which unknown type it names first): fix the order.
      pb.environment().put("PYTHONHASHSEED", "0");
      process = pb.start();
    } catch (IOException e) {
      throw new HeatOracleException("cannot start " + PYTHON + " " + script, e);
    }
    CompletableFuture<byte[]> stdout = drain(process.getInputStream());
    CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(request);
    } catch (IOException e) {
      // The process died early; its stderr tells why (reported below).
    }
    int exit;
    try {
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new HeatOracleException("the Heat oracle did not finish within " + TIMEOUT_MINUTES
            + " minutes; stderr:\n" + text(stderr));
      }
      exit = process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new HeatOracleException("interrupted while waiting for the Heat oracle", e);
    }
    String out = text(stdout);
    if (exit != 0) {
      throw new HeatOracleException(
          "the Heat oracle exited with status " + exit + "; stderr:\n" + text(stderr));
    }
    return parse(out, cases, text(stderr));
  }

  /** Validates one template (a batch of one). */
  public HeatVerdict validate(
      String template,
      Map<String, String> files,
      List<String> environments,
      Map<String, Object> parameters,
      Depth depth) {
    return run(List.of(HeatCase.validate("0", template, files, environments, parameters, depth)))
        .get(0);
  }

  /**
   * The tree Heat's template loader ({@code template_format.parse}) produces for {@code text}:
   * LinkedHashMap, List, String, Long, Double, Boolean or null.
   *
   * @throws HeatOracleException when Heat cannot parse it (the message is Heat's)
   */
  public Object load(String text) {
    return load(text, LoadKind.TEMPLATE);
  }

  /** Like {@link #load(String)}, with the given loader. */
  public Object load(String text, LoadKind kind) {
    HeatVerdict v = run(List.of(HeatCase.load("0", text, kind))).get(0);
    if (!v.ok()) {
      throw new HeatOracleException(v.error());
    }
    return v.tree();
  }

  private List<HeatVerdict> parse(String out, List<HeatCase> cases, String stderr) {
    JsonNode root;
    try {
      root = out.isBlank() ? null : mapper.readTree(out);
    } catch (IOException e) {
      throw new HeatOracleException(
          "the Heat oracle printed no JSON result; stdout:\n" + out + "\nstderr:\n" + stderr, e);
    }
    if (root == null || !root.path("results").isArray()) {
      throw new HeatOracleException(
          "the Heat oracle printed no JSON result; stdout:\n" + out + "\nstderr:\n" + stderr);
    }
    List<HeatVerdict> verdicts = new ArrayList<>();
    for (JsonNode r : root.get("results")) {
      verdicts.add(new HeatVerdict(
          r.path("id").isNull() ? null : r.path("id").asText(),
          r.path("ok").asBoolean(false),
          r.path("error").isTextual() ? r.get("error").asText() : null,
          toJava(r.get("tree"))));
    }
    if (verdicts.size() != cases.size()) {
      throw new HeatOracleException("the Heat oracle returned " + verdicts.size() + " results for "
          + cases.size() + " cases; stderr:\n" + stderr);
    }
    return verdicts;
  }

  /** JSON to plain Java: LinkedHashMap, ArrayList, String, Long, Double, Boolean, null. */
  static Object toJava(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        m.put(e.getKey(), toJava(e.getValue()));
      }
      return m;
    }
    if (node.isArray()) {
      List<Object> l = new ArrayList<>();
      for (JsonNode n : node) {
        l.add(toJava(n));
      }
      return l;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return node.asText();
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        return buf.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String text(CompletableFuture<byte[]> f) {
    try {
      return new String(f.get(1, TimeUnit.MINUTES), StandardCharsets.UTF_8);
    } catch (Exception e) {
      return "<unreadable: " + e + ">";
    }
  }

  private static boolean heatImportable() {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(PYTHON, "-c", "import heat")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path extractScript() {
    try (InputStream in = HeatOracle.class.getResourceAsStream(SCRIPT_RESOURCE)) {
      if (in == null) {
        throw new HeatOracleException("classpath resource " + SCRIPT_RESOURCE + " is missing");
      }
      Path file = Files.createTempFile("heat_oracle", ".py");
      file.toFile().deleteOnExit();
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new HeatOracleException("cannot write the Heat oracle script to a temporary file", e);
    }
  }
}
