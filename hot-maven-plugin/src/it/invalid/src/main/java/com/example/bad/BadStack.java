package com.example.bad;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.TemplateDefinition;
import io.hotdsl.functions.Fn;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Server;

/** Named in the plugin configuration, not found by ServiceLoader: refers to what is not there. */
public final class BadStack implements TemplateDefinition {
  @Override
  public String name() {
    return "bad";
  }

  @Override
  public Bundle bundle() {
    Template.Builder t = Template.builder();
    t.resource(Server.builder("web").flavor(Fn.getParam("flavor")).image("cirros")
        .dependsOn("db").build());
    return Bundle.builder("bad.yaml", t.build()).build();
  }
}
