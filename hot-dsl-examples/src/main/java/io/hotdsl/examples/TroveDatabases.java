package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.model.Constraint;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.resources.trove.Cluster;
import io.hotdsl.resources.trove.Instance;
import java.util.Map;

/**
 * Trove: databases as a service. A MySQL 8.0 instance with its schema and application user, and a
 * three-member MongoDB cluster.
 */
public final class TroveDatabases implements Example {

  @Override
  public String name() {
    return "trove";
  }

  @Override
  public String description() {
    return "OS::Trove::Instance with databases and users, and an OS::Trove::Cluster";
  }

  static Instance mysql(
      Template.Builder t,
      Parameter<String> flavor,
      Parameter<String> network,
      Parameter<String> password) {
    return t.resource(Instance.builder("db")
        .nameProperty("app-db")
        .datastoreType("mysql")
        // Heat checks the version against the cloud's list (datastore_versions); leave it out
        // and Trove takes the datastore's default version
        .datastoreVersion("8.0")
        .flavor(flavor)
        .size(20)
        .addNetwork(Instance.Network.builder().network(network).build())
        .addDatabase(Instance.Database.builder()
            .name("app")
            .characterSet("utf8mb4")
            .collate("utf8mb4_unicode_ci")
            .build())
        .addUser(Instance.User.builder()
            .name("app")
            .password(password)
            .host("%")
            .addDatabase("app")
            .build())
        .build());
  }

  static Template root() {
    Template.Builder t = Template.builder()
        .description("A MySQL instance with a database and a user, and a MongoDB cluster");
    Parameter<String> flavor = t.parameter(Parameter.string("db_flavor").defaultValue("d2.medium"));
    Parameter<String> network = t.parameter(Parameter.string("network").defaultValue("private"));
    Parameter<String> password = t.parameter(
        Parameter.string("db_password").hidden(true).constraint(Constraint.length(12, null)));
    Instance db = mysql(t, flavor, network, password);
    Cluster.Instance.Builder node = Cluster.Instance.builder()
        .flavor(flavor.get())
        .volumeSize(10)
        .addNetwork(Cluster.Network.builder().network(network.get()).build());
    Cluster documents = t.resource(Cluster.builder("documents")
        .nameProperty("documents")
        .datastoreType("mongodb")
        .datastoreVersion("4.0")
        .addInstance(node.build())
        .addInstance(node.build())
        .addInstance(node.build())
        .build());
    t.output("db_hostname", db.attr("hostname"), "Where the application connects");
    t.output("db_href", db.attr("href"));
    t.output("cluster_ip", documents.ip());
    return t.build();
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }

  @Override
  public Map<String, Object> parameterValues() {
    return Map.of("db_password", "CorrectHorse42Battery");
  }
}
