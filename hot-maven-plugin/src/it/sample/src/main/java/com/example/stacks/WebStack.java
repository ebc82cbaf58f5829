package com.example.stacks;

import com.example.hot.acme.app.Backend;
import com.example.hot.acme.storage.Bucket;
import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.TemplateDefinition;
import io.hotdsl.model.Output;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.nova.Server;

/** A stack using a generated custom type and a Heat type; found through ServiceLoader. */
public final class WebStack implements TemplateDefinition {
  @Override
  public String name() {
    return "web";
  }

  @Override
  public Bundle bundle() {
    Template.Builder t = Template.builder();
    Parameter<String> flavor = t.parameter(Parameter.string("flavor").defaultValue("m1.small"));
    Bucket bucket = t.resource(Bucket.builder("assets").nameProperty("web-assets").tier("cold").build());
    t.resource(Server.builder("web").flavor(flavor.get()).image("cirros").build());
    // a class generated from the provider template src/main/hot/templates/backend.yaml
    Backend backend = t.resource(Backend.builder("backend").flavor(flavor).port(9000).build());
    t.output(Output.of("assets_url", bucket.url()));
    t.output(Output.of("backend_address", backend.address()));
    return Bundle.builder("web.yaml", t.build()).build();
  }
}
