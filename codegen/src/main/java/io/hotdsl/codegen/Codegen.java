package io.hotdsl.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.hotdsl.files.SafeOutput;
import io.hotdsl.model.Template;
import io.hotdsl.read.HotReader;
import io.hotdsl.schema.JsonValues;
import io.hotdsl.schema.ResourceTypeSchema;
import io.hotdsl.schema.SchemaJson;
import io.hotdsl.yaml.HotReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates typed resource classes from Heat resource type schemas.
 *
 * <pre>{@code
 * Codegen.builder()
 *     .snapshot()                                   // Heat 19's 183 types, bundled
 *     .schemas(Path.of("my-cloud-types"))           // and/or: folders of resource type JSON
 *     .outputDirectory(Path.of("target/generated-sources/hot"))
 *     .resourcesOutputDirectory(Path.of("target/generated-resources/hot"))
 *     .basePackage("io.hotdsl.resources")
 *     .build()
 *     .generate();
 * }</pre>
 *
 * <p>Command line: {@code --out DIR} (required), {@code --schemas DIR} (repeatable), {@code
 * --snapshot} (the default without {@code --schemas}), {@code --package P}, {@code
 * --resources-out DIR}, {@code --json-schema} (with --resources-out: also the JSON Schemas),
 * {@code --provider TYPE=FILE} (repeatable: the type Heat makes of a provider template).
 */
public final class Codegen {
  /** The bundled snapshot's folder on the class path. */
  public static final String SNAPSHOT = "io/hotdsl/codegen/heat-19.0.0/resource-types/";

  public static final String DEFAULT_PACKAGE = "io.hotdsl.resources";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One input schema: parsed, with its JSON as read (copied for the provider). */
  public record Source(ResourceTypeSchema schema, byte[] json, String origin) {
    /** The file name the provider reads it from: the type with "::" → "__". */
    public String fileName() {
      return fileName(schema.type());
    }

    public static String fileName(String type) {
      return type.replace("::", "__") + ".json";
    }
  }

  /**
   * What a run wrote.
   *
   * @param removed the files of an earlier run this one removed (types no longer generated)
   */
  public record Result(
      int types, int javaFiles, long lines, long bytes, int removed, long millis) {}

  private final List<Source> sources;
  private final Path outputDirectory;
  private final Path resourcesOutputDirectory;
  private final String basePackage;
  private final boolean jsonSchemas;

  private Codegen(Builder b) {
    Map<String, Source> byType = new TreeMap<>();
    for (Source s : b.sources) {
      byType.put(s.schema().type(), s); // a later source of the same type wins
    }
    sources = List.copyOf(byType.values());
    this.outputDirectory = b.outputDirectory;
    this.resourcesOutputDirectory = b.resourcesOutputDirectory;
    this.basePackage = b.basePackage;
    this.jsonSchemas = b.jsonSchemas;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The schemas this run generates from, sorted by type. */
  public List<Source> sources() {
    return sources;
  }

  /** Every generated Java source by qualified class name, sorted: the files generate() writes. */
  public Map<String, String> javaSources() {
    Map<String, String> out = new LinkedHashMap<>();
    List<JavaFile> files = javaFiles();
    List<String> texts = files.parallelStream().map(Codegen::text).toList();
    for (int i = 0; i < files.size(); i++) {
      out.put(files.get(i).packageName() + "." + files.get(i).typeSpec().name(), texts.get(i));
    }
    return out;
  }

  /**
   * The file's text, as {@link JavaFile#toString()} gives it, written into a builder big enough
   * for most files from the start (toString's grows from 16 characters, copying each time).
   */
  private static String text(JavaFile file) {
    StringBuilder out = new StringBuilder(64 * 1024);
    try {
      file.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  private List<JavaFile> javaFiles() {
    ProviderGenerator provider = new ProviderGenerator(basePackage);
    ResourceClassGenerator classes = new ResourceClassGenerator(
        basePackage,
        new References(basePackage, sources.stream().map(Source::schema).toList()));
    Map<ClassName, String> seen = new LinkedHashMap<>();
    Map<String, String> files = new LinkedHashMap<>();
    for (Source s : sources) {
      ClassName name = classes.className(s.schema().type());
      String clash = seen.putIfAbsent(name, s.schema().type());
      if (clash != null) {
        throw new IllegalArgumentException(
            "types " + clash + " and " + s.schema().type() + " both map to class " + name);
      }
      files.put(s.schema().type(), s.fileName());
    }
    // each class is independent of the others: generate them in parallel, keep the order
    List<JavaFile> out = new ArrayList<>(
        sources.parallelStream().map(s -> classes.generate(s.schema())).toList());
    out.add(provider.provider(files));
    return out;
  }

  /**
   * Writes the sources (and, if asked, the schema resources and the services file), then removes
   * what an earlier run generated and this one did not ({@link StaleFiles}): every file is
   * computed before the first is written, each is written whole or not at all, and removal
   * happens only after every write succeeded, only inside the base package's folders, and only
   * of files codegen generated.
   */
  public Result generate() {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    long start = System.nanoTime();
    long lines = 0;
    long bytes = 0;
    int files = 0;
    Map<String, String> texts = javaSources();
    if (resourcesOutputDirectory != null) {
      for (Source s : sources) {
        if (s.json() == null) {
          throw new IllegalStateException(
              s.schema().type() + ": no JSON to copy (schemas given as objects can't be copied)");
        }
      }
    }
    // every file through the one write policy: inside its folder, written atomically (not forced
    // to the disk one by one: the build writes them again)
    SafeOutput java = SafeOutput.regenerable(outputDirectory);
    Set<Path> written = new HashSet<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
      written.add(java.write(e.getKey().replace('.', '/') + ".java", content));
      files++;
      bytes += content.length;
      lines += e.getValue().lines().count();
    }
    Set<Path> copies = new HashSet<>();
    SafeOutput resources = null;
    ProviderGenerator provider = new ProviderGenerator(basePackage);
    if (resourcesOutputDirectory != null) {
      resources = SafeOutput.regenerable(resourcesOutputDirectory);
      for (Source s : sources) {
        copies.add(resources.write(provider.schemaFolder() + "/" + s.fileName(), s.json()));
      }
      resources.write(ProviderGenerator.SERVICE_FILE, provider.serviceFile());
      if (jsonSchemas) {
        new JsonSchemaGenerator(sources.stream().map(Source::schema).toList())
            .writeTo(resourcesOutputDirectory);
      }
    }
    // all written: now what earlier runs generated and this one did not
    int removed = StaleFiles.removeJava(java.dir(), basePackage.replace('.', '/'), written)
        .size();
    if (resources != null) {
      removed += StaleFiles.removeJson(resources.dir(), provider.schemaFolder(), copies)
          .size();
    }
    return new Result(
        sources.size(), files, lines, bytes, removed, (System.nanoTime() - start) / 1_000_000);
  }

  /** Configures a run. */
  public static final class Builder {
    private final List<Source> sources = new ArrayList<>();
    private Path outputDirectory;
    private Path resourcesOutputDirectory;
    private String basePackage = DEFAULT_PACKAGE;
    private boolean jsonSchemas;

    private Builder() {}

    /** Adds Heat 19.0.0's schemas, bundled in this jar. */
    public Builder snapshot() {
      ClassLoader cl = Codegen.class.getClassLoader();
      try (InputStream in = cl.getResourceAsStream(SNAPSHOT + "index.json")) {
        if (in == null) {
          throw new IllegalStateException("the Heat snapshot is not on the class path");
        }
        for (JsonNode type : JSON.readTree(in).path("resource_types")) {
          String file = Source.fileName(type.asText());
          try (InputStream t = cl.getResourceAsStream(SNAPSHOT + file)) {
            if (t == null) {
              throw new IllegalStateException("snapshot file missing: " + file);
            }
            json(t.readAllBytes(), "snapshot " + file);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /**
     * Adds every {@code *.json} file of {@code directory} that is a resource type schema: the
     * API's {@code GET /resource_types/{type}} or {@code openstack orchestration resource type
     * show TYPE -f json} (also a JSON array of them); other JSON files are skipped.
     */
    public Builder schemas(Path directory) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          json(Files.readAllBytes(f), f.toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read schemas from " + directory, e);
      }
      return this;
    }

    /**
     * Adds the resource type Heat makes of a provider template (a HOT file registered as {@code
     * type} in an environment): its parameters become typed setters, its outputs attribute
     * getters ({@link ProviderTemplates}).
     *
     * @throws IllegalArgumentException naming the file, line and column of what is wrong in it
     */
    public Builder providerTemplate(String type, Path file) {
      Template template;
      try {
        template = HotReader.read(file);
      } catch (HotReadException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new IllegalArgumentException(
            "cannot read provider template " + file + ": " + e.getCause().getMessage(), e);
      }
      return providerTemplate(type, template, file.toString());
    }

    /** Adds the resource type Heat makes of {@code template} registered as {@code type}. */
    public Builder providerTemplate(String type, Template template, String origin) {
      try {
        return json(
            JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(ProviderTemplates.schema(type, template)),
            "provider template " + origin);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Adds schemas already parsed (they can't be copied to the resources output). */
    public Builder schemas(List<ResourceTypeSchema> schemas) {
      for (ResourceTypeSchema s : schemas) {
        sources.add(new Source(s, null, s.type()));
      }
      return this;
    }

    /** Adds the schema(s) in one JSON document; {@code origin} names it in errors. */
    public Builder json(byte[] json, String origin) {
      if (oneSchema(json, origin)) {
        return this;
      }
      JsonNode root;
      try {
        root = JSON.readTree(json);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot parse " + origin, e);
      }
      if (root.isArray()) {
        for (JsonNode n : root) {
          add(n, null, origin);
        }
      } else {
        add(root, json, origin); // one schema: copied byte for byte
      }
      return this;
    }

    /**
     * Adds {@code json} if it is one schema (a JSON object with a {@code resource_type} string),
     * read with the streaming parser, without the tree {@link #json} builds for other documents.
     */
    private boolean oneSchema(byte[] json, String origin) {
      String text = new String(json, StandardCharsets.UTF_8);
      Object root;
      try {
        root = JsonValues.read(text);
      } catch (IOException e) {
        return false; // the tree reader reports it
      }
      if (!(root instanceof Map<?, ?> m) || !(m.get("resource_type") instanceof String)) {
        return false;
      }
      sources.add(new Source(SchemaJson.parse(text, origin), json, origin));
      return true;
    }

    private void add(JsonNode node, byte[] raw, String origin) {
      if (!node.isObject() || !node.path("resource_type").isTextual()) {
        return; // index.json, template-versions.json …
      }
      try {
        byte[] bytes =
            raw != null ? raw : JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        ResourceTypeSchema schema =
            SchemaJson.parse(new String(bytes, StandardCharsets.UTF_8), origin);
        sources.add(new Source(schema, bytes, origin));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public Builder outputDirectory(Path dir) {
      this.outputDirectory = dir;
      return this;
    }

    /** Where to copy the schema JSON files and the services file (optional). */
    /**
     * Also writes the JSON Schemas of templates and environments for these types under the
     * resources directory ({@link JsonSchemaGenerator#TEMPLATE_SCHEMA}).
     */
    public Builder jsonSchemas(boolean jsonSchemas) {
      this.jsonSchemas = jsonSchemas;
      return this;
    }

    public Builder resourcesOutputDirectory(Path dir) {
      this.resourcesOutputDirectory = dir;
      return this;
    }

    public Builder basePackage(String basePackage) {
      for (String segment : basePackage.split("\\.", -1)) {
        if (!Naming.isValidIdentifier(segment)) {
          throw new IllegalArgumentException("not a Java package name: " + basePackage);
        }
      }
      this.basePackage = basePackage;
      return this;
    }

    public Codegen build() {
      return new Codegen(this);
    }
  }

  /** The command line; see the class comment. */
  public static void main(String[] args) {
    try {
      Result r = run(args);
      System.out.printf(
          "hot-dsl codegen: %d resource types, %d Java files, %d lines, %d bytes, %d"
              + " stale files removed in %d ms%n",
          r.types(), r.javaFiles(), r.lines(), r.bytes(), r.removed(), r.millis());
    } catch (IllegalArgumentException e) {
      System.err.println("codegen: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
  }

  static final String USAGE = "usage: codegen --out DIR [--schemas DIR]... [--snapshot]"
      + " [--provider TYPE=FILE]... [--package P] [--resources-out DIR [--json-schema]]";

  /** Parses {@code args} and runs. */
  public static Result run(String... args) {
    Builder b = builder();
    Path out = null;
    boolean snapshot = false;
    List<Path> schemaDirs = new ArrayList<>();
    Map<String, Path> providers = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--schemas" -> schemaDirs.add(Path.of(value(args, ++i, a)));
        case "--snapshot" -> snapshot = true;
        case "--provider" -> {
          String v = value(args, ++i, a);
          int eq = v.indexOf('=');
          if (eq <= 0 || eq == v.length() - 1) {
            throw new IllegalArgumentException("--provider takes TYPE=FILE, not " + v);
          }
          providers.put(v.substring(0, eq), Path.of(v.substring(eq + 1)));
        }
        case "--package" -> b.basePackage(value(args, ++i, a));
        case "--json-schema" -> b.jsonSchemas(true);
        case "--resources-out" -> b.resourcesOutputDirectory(Path.of(value(args, ++i, a)));
        default -> throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required");
    }
    if (snapshot || (schemaDirs.isEmpty() && providers.isEmpty())) {
      b.snapshot();
    }
    schemaDirs.forEach(b::schemas);
    providers.forEach(b::providerTemplate);
    return b.outputDirectory(out).build().generate();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
