package io.hotdsl.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.TemplateDefinition;
import io.hotdsl.heat.testing.LocalHeat;
import io.hotdsl.heat.testing.LocalHeatExtension;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Output;
import io.hotdsl.model.Resource;
import io.hotdsl.model.Template;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code hot:deploy} renders, validates and deploys a definition on the local engine. */
@ExtendWith(LocalHeatExtension.class)
class DeployMojoTest {
  @TempDir
  Path dir;

  /** A definition whose stack says hello. */
  public static final class Hello implements TemplateDefinition {
    @Override
    public Bundle bundle() {
      Template.Builder t = Template.builder(HotVersion.V2021_04_16);
      Resource v = t.resource(Resource.builder("greeting", "OS::Heat::Value")
          .property("value", Map.of("get_param", "who")));
      t.parameter(io.hotdsl.model.Parameter.string("who").defaultValue("world"));
      t.output(Output.of("said", v.attr("value")));
      return Bundle.builder("hello.yaml", t.build()).build();
    }

    @Override
    public String name() {
      return "hello";
    }
  }

  /** A definition whose stack fails. */
  public static final class Broken implements TemplateDefinition {
    @Override
    public Bundle bundle() {
      Template.Builder t = Template.builder(HotVersion.V2021_04_16);
      t.resource(Resource.builder("bad", "OS::Heat::TestResource").property("fail", true));
      return Bundle.builder("broken.yaml", t.build()).build();
    }

    @Override
    public String name() {
      return "broken";
    }
  }

  private DeployMojo mojo(LocalHeat heat, List<String> log) {
    DeployMojo m = new DeployMojo() {
      @Override
      URL[] classpath() {
        return new URL[0];
      }
    };
    m.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        log.add(content.toString());
      }
    });
    m.outputDirectory = dir.toFile();
    m.serviceLoader = false;
    m.definitions = List.of(Hello.class.getName(), Broken.class.getName());
    m.heatUrl = heat.endpoint().toString();
    m.pollSeconds = 1;
    return m;
  }

  @Test
  void rendersThenDeploysAndLogsEventsAndOutputs(LocalHeat heat) throws Exception {
    List<String> log = new ArrayList<>();
    DeployMojo m = mojo(heat, log);
    m.definition = "hello";
    m.stack = "mojo-hello";
    m.parameters = Map.of("who", "maven");

    m.execute();

    assertThat(Files.exists(dir.resolve("hello/hello.yaml"))).isTrue();
    assertThat(log)
        .anyMatch(l -> l.matches("hot:deploy: \\S+Z  greeting  CREATE_COMPLETE.*"))
        .anyMatch(l -> l.matches("hot:deploy: mojo-hello CREATE_COMPLETE in .* 1 created, .*"))
        .contains("hot:deploy: output said = maven");
  }

  @Test
  void aFailedStackFailsTheBuildNamingTheResource(LocalHeat heat) {
    DeployMojo m = mojo(heat, new ArrayList<>());
    m.definition = "broken";
    m.stack = "mojo-broken";

    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "hot:deploy: stack mojo-broken CREATE_FAILED: resource bad " + "CREATE_FAILED: ");
  }

  @Test
  void severalDefinitionsNeedOneChosen(LocalHeat heat) {
    assertThatThrownBy(mojo(heat, new ArrayList<>())::execute)
        .hasMessage("hot:deploy: several definitions [hello, broken]: choose one with "
            + "-Dhot.definition=NAME");
  }
}
