package io.hotdsl.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.render.HotRenderer;
import io.hotdsl.resources.nova.Server;
import io.hotdsl.validate.TemplateValidator;
import org.junit.jupiter.api.Test;

/** The example at the top of the README, verbatim, and what it renders. */
class ReadmeExampleTest {
  @Test
  void readmeExampleRendersThisYaml() {
    Template.Builder t = Template.builder(HotVersion.V2021_04_16).description("One web server");
    Parameter<String> image = t.parameter(
        Parameter.string("image").constraint(Constraint.customConstraint("glance.image")));
    Server web =
        t.resource(Server.builder("web").image(image.get()).flavor("m1.small").build());
    t.output("networks", web.networks());
    String yaml = HotRenderer.yaml(t.build());

    assertThat(TemplateValidator.validate(t.build()).problems()).isEmpty();
    assertThat(yaml).isEqualTo("""
        heat_template_version: '2021-04-16'
        description: One web server
        parameters:
          image:
            type: string
            constraints:
              - custom_constraint: glance.image
        resources:
          web:
            type: OS::Nova::Server
            properties:
              image:
                get_param: image
              flavor: m1.small
        outputs:
          networks:
            value:
              get_attr:
                - web
                - networks
        """);
  }
}
