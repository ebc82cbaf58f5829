package io.hotdsl.maven;

import io.hotdsl.bundle.TemplateDefinition;
import io.hotdsl.deploy.DeployListener;
import io.hotdsl.deploy.DeployResult;
import io.hotdsl.deploy.Deployment;
import io.hotdsl.deploy.HeatClient;
import io.hotdsl.deploy.HeatException;
import io.hotdsl.deploy.StackEvent;
import io.hotdsl.deploy.StackRequest;
import io.hotdsl.openstack.CloudConfig;
import io.hotdsl.openstack.OpenStackException;
import io.hotdsl.openstack.Session;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Renders and validates one template definition as {@code hot:render} does, then deploys the
 * bundle to Heat: creates stack {@code stack}, or updates it when it exists, logging the offline
 * impact next to Heat's preview before an update, each event as it comes, the summary and the
 * outputs. Bound to no phase: run it explicitly ({@code mvn hot:deploy -Dhot.heatUrl=...}).
 * A stack that ends {@code *_FAILED} or a request Heat refuses fails the build with Heat's
 * message; a Heat that cannot be reached is an execution error.
 */
@Mojo(name = "deploy", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DeployMojo extends RenderMojo {

  /** The definition to deploy, by name; needed when the project has several. */
  @Parameter(property = "hot.definition")
  String definition;

  /** The stack's name (default: the definition's name). */
  @Parameter(property = "hot.stack")
  String stack;

  /** Heat's endpoint with the project ({@code http://heat:8004/v1/PROJECT}), no Keystone. */
  @Parameter(property = "hot.heatUrl")
  String heatUrl;

  /** The cloud of clouds.yaml (default: OS_CLOUD, else the OS_* variables). */
  @Parameter(property = "hot.osCloud")
  String osCloud;

  /** Parameter values of the stack. */
  @Parameter
  Map<String, String> parameters = new LinkedHashMap<>();

  /** Heat's timeout for the action in minutes (timeout_mins); the wait lasts a minute longer. */
  @Parameter(property = "hot.timeout")
  Integer timeoutMinutes;

  /** Whether to wait for the action to end. */
  @Parameter(property = "hot.wait", defaultValue = "true")
  boolean waitForCompletion = true;

  /** How often the status and events are read, in seconds. */
  @Parameter(property = "hot.poll", defaultValue = "5")
  int pollSeconds = 5;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("hot:deploy skipped");
      return;
    }
    if (heatUrl != null && osCloud != null) {
      throw new MojoExecutionException("hot:deploy: give heatUrl or osCloud, not both");
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(classpath(), getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      Map<String, TemplateDefinition> found = discover(loader);
      String name = choose(found);
      List<String> errors = new ArrayList<>();
      render(name, found.get(name), errors);
      if (!errors.isEmpty()) {
        throw new MojoFailureException("hot:deploy: " + name + " is not valid, nothing sent:\n  "
            + String.join("\n  ", errors));
      }
      deploy(name, found.get(name));
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("hot:deploy: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private String choose(Map<String, TemplateDefinition> found) throws MojoExecutionException {
    if (definition != null) {
      if (!found.containsKey(definition)) {
        throw new MojoExecutionException(
            "hot:deploy: no definition named " + definition + " (found: " + found.keySet() + ")");
      }
      return definition;
    }
    if (found.size() != 1) {
      throw new MojoExecutionException("hot:deploy: "
          + (found.isEmpty()
              ? "no TemplateDefinition found"
              : "several definitions " + found.keySet()
                  + ": choose one with -Dhot.definition=NAME"));
    }
    return found.keySet().iterator().next();
  }

  private void deploy(String name, TemplateDefinition def)
      throws MojoExecutionException, MojoFailureException {
    String stackName = stack != null ? stack : name;
    Path dir = outputDirectory.toPath().resolve(name).toAbsolutePath();
    try {
      StackRequest.Builder request = StackRequest.fromBundle(def.bundle(), dir);
      parameters.forEach(request::parameter);
      if (timeoutMinutes != null) {
        request.timeoutMins(timeoutMinutes);
      }
      Session.Builder session = Session.builder();
      if (heatUrl != null) {
        session.endpoint("orchestration", heatUrl);
      } else {
        session.cloud(CloudConfig.resolve(osCloud, System.getenv()));
      }
      HeatClient client = HeatClient.of(session.build());
      Deployment d = Deployment.builder(client, stackName)
          .request(request.build())
          .listener(new DeployListener() {
            @Override
            public void event(StackEvent e) {
              getLog().info("hot:deploy: " + e);
            }

            @Override
            public void retrying(HeatException failure, Duration wait) {
              getLog()
                  .warn("hot:deploy: retrying in " + wait.toSeconds() + " s: "
                      + failure.getMessage());
            }
          })
          .pollInterval(Duration.ofSeconds(Math.max(1, pollSeconds)))
          .timeout(
              timeoutMinutes == null
                  ? Duration.ofMinutes(60)
                  : Duration.ofMinutes(timeoutMinutes + 1L))
          .waitForCompletion(waitForCompletion)
          .build();
      d.impact().ifPresent(i -> {
        getLog().info("hot:deploy: update of stack " + stackName + ":");
        i.toText().lines().forEach(l -> getLog().info("hot:deploy:   " + l));
      });
      DeployResult r = d.run();
      getLog()
          .info("hot:deploy: " + stackName + " "
              + (waitForCompletion ? r.summary() : r.status() + " (not waiting)"));
      if (!waitForCompletion) {
        return;
      }
      if (r.timedOut()) {
        throw new MojoFailureException("hot:deploy: stack " + stackName + " still " + r.status()
            + " at the timeout; it is left as it is");
      }
      if (!r.complete()) {
        throw new MojoFailureException(
            "hot:deploy: stack " + stackName + " " + r.status() + ": " + r.failure());
      }
      r.outputs()
          .names()
          .forEach(
              o -> getLog().info("hot:deploy: output " + o + " = " + r.outputs().string(o)));
      if (!r.outputsError().isEmpty()) {
        getLog().warn("hot:deploy: Heat gave no outputs: " + r.outputsError());
      }
    } catch (HeatException e) {
      throw new MojoFailureException("hot:deploy: " + e.getMessage());
    } catch (OpenStackException e) {
      throw new MojoExecutionException("hot:deploy: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("hot:deploy: " + e.getMessage());
    }
  }
}
