package io.hotdsl.adopt;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.importer.ImportCommandLine;
import io.hotdsl.openstack.CloudConfig;
import io.hotdsl.openstack.OpenStackException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code hot adopt}: a template bundle from API response bodies or from a live cloud.
 *
 * <pre>
 * hot adopt --from-dir DIR --out OUT [--external-ids] [--environment] [--no-admin-pass]
 * hot adopt --cloud NAME   --out OUT [--external-ids] [--environment] [--timeout SECONDS]
 *           [--deadline SECONDS]
 * hot adopt --out OUT [options]   (the cloud of OS_CLOUD, or of the OS_* variables)
 * </pre>
 *
 * <p>Exit status: 0 written, 1 failed (nothing written), 2 usage error.
 */
public final class AdoptCommandLine {

  /** The importer {@code --java-out} needs; looked up reflectively. */
  static final String USAGE = String.join(
      "\n",
      "usage: hot adopt --from-dir DIR --out OUT [options]",
      "       hot adopt --cloud NAME   --out OUT [options]",
      "  --from-dir DIR    API response bodies laid out as compute/servers-detail.json,",
      "                    network/ports.json … (see hot-dsl-adopt/README.md)",
      "  --cloud NAME      a cloud of clouds.yaml (OS_CLIENT_CONFIG_FILE, ./clouds.yaml,",
      "                    ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml); GET only;",
      "                    also --os-cloud; without either, OS_CLOUD or OS_AUTH_URL and the",
      "                    other OS_* variables name the cloud",
      "  --out OUT         the bundle directory: " + Adoption.TEMPLATE_FILE,
      "                    (+ " + Adoption.ENVIRONMENT_FILE + " with --environment)",
      "  --external-ids    adopt the running resources (external_id) where Heat 19 can",
      "  --environment     also write the current values as parameter_defaults",
      "  --no-admin-pass   no hidden admin_pass parameter per server",
      "  --timeout SECONDS per request against the cloud: connect, read and the whole",
      "                    answer (default 30)",
      "  --deadline SECONDS for the whole read of the cloud (default 600)",
      "  --java-out DIR    Java source of the template (needs the HOT importer)");

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  public AdoptCommandLine(PrintStream out, PrintStream err) {
    this(out, err, System.getenv());
  }

  /** With {@code env} standing in for the process environment (OS_CLOUD, OS_AUTH_URL …). */
  AdoptCommandLine(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
  }

  public static void main(String[] args) {
    System.exit(new AdoptCommandLine(System.out, System.err).run(args));
  }

  /** Runs {@code hot adopt} (a leading "adopt" is accepted) and returns the exit status. */
  public int run(String... args) {
    String fromDir = null;
    String cloud = null;
    String outDir = null;
    String javaOut = null;
    boolean externalIds = false;
    boolean environment = false;
    boolean adminPass = true;
    Duration timeout = LiveCloud.DEFAULT_TIMEOUT;
    Duration deadline = LiveCloud.DEFAULT_DEADLINE;
    List<String> a = new ArrayList<>(List.of(args));
    if (!a.isEmpty() && "adopt".equals(a.get(0))) {
      a.remove(0);
    }
    try {
      for (int i = 0; i < a.size(); i++) {
        String arg = a.get(i);
        switch (arg) {
          case "--from-dir" -> fromDir = value(a, ++i, arg);
          case "--cloud", "--os-cloud" -> cloud = value(a, ++i, arg);
          case "--out" -> outDir = value(a, ++i, arg);
          case "--java-out" -> javaOut = value(a, ++i, arg);
          case "--external-ids" -> externalIds = true;
          case "--environment" -> environment = true;
          case "--no-admin-pass" -> adminPass = false;
          case "--timeout" -> timeout = seconds(a, ++i, arg);
          case "--deadline" -> deadline = seconds(a, ++i, arg);
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          default -> throw new Usage("unknown argument: " + arg);
        }
      }
      if (fromDir != null && cloud != null) {
        throw new Usage("give exactly one of --from-dir and --cloud");
      }
      if (fromDir == null && cloud == null && !hasEnvironmentCloud()) {
        throw new Usage(
            "give exactly one of --from-dir and --cloud (or set OS_CLOUD or " + "OS_AUTH_URL)");
      }
      if (outDir == null) {
        throw new Usage("--out is required");
      }
    } catch (Usage u) {
      err.println("hot adopt: " + u.getMessage());
      err.println(USAGE);
      return 2;
    }

    try {
      ProjectSnapshot snapshot = fromDir != null
          ? ProjectSnapshot.fromDirectory(Path.of(fromDir))
          : new LiveCloud(LiveCloud.session(cloudConfig(cloud), timeout, deadline)).read();
      Adoption adoption =
          Adopter.create().externalIds(externalIds).adminPasswords(adminPass).adopt(snapshot);
      // everything was read and built: only now is anything written
      Bundle bundle = adoption.bundle(environment);
      Path out = Path.of(outDir);
      Files.createDirectories(out);
      List<Path> written = bundle.writeTo(out);
      for (Path p : written) {
        this.out.println("wrote " + p);
      }
      if (javaOut != null) {
        runImporter(out.resolve(Adoption.TEMPLATE_FILE), Path.of(javaOut));
      }
      this.out.println(adoption.template().resources().size() + " resources, "
          + adoption.template().parameters().size() + " parameters, "
          + adoption.warnings().size() + " warnings");
      for (String w : adoption.warnings()) {
        err.println("warning: " + w);
      }
      return 0;
    } catch (AdoptException e) {
      err.println("hot adopt: " + e.getMessage());
      return 1;
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      err.println("hot adopt: cannot write " + outDir + ": " + e.getMessage());
      return 2; // an I/O error, as every hot command
    }
  }

  private boolean hasEnvironmentCloud() {
    return env.get("OS_CLOUD") != null || env.get("OS_AUTH_URL") != null;
  }

  private CloudConfig cloudConfig(String name) {
    try {
      return CloudConfig.resolve(name, env);
    } catch (OpenStackException e) {
      throw new AdoptException(e.getMessage());
    }
  }

  /** A positive number of seconds (at most a day) after {@code option}. */
  private static Duration seconds(List<String> a, int i, String option) {
    String v = value(a, i, option);
    long s;
    try {
      s = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new Usage(option + " needs a whole number of seconds, not " + v);
    }
    if (s <= 0 || s > 86_400) {
      throw new Usage(option + " needs a number of seconds from 1 to 86400, not " + v);
    }
    return Duration.ofSeconds(s);
  }

  private static String value(List<String> a, int i, String option) {
    if (i >= a.size() || a.get(i).startsWith("--")) {
      throw new Usage(option + " needs a value");
    }
    return a.get(i);
  }

  /** Writes the hot-dsl Java source of the adopted template through the HOT importer. */
  private void runImporter(Path template, Path javaOut) {
    int status =
        ImportCommandLine.run(out, err, template.toString(), "--java-out", javaOut.toString());
    if (status != 0) {
      throw new AdoptException("--java-out: the HOT importer failed with status " + status);
    }
  }

  private static final class Usage extends RuntimeException {
    Usage(String message) {
      super(message);
    }
  }
}
