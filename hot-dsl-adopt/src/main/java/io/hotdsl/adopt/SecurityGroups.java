package io.hotdsl.adopt;

import static io.hotdsl.adopt.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.adopt.ProjectSnapshot.Kind;
import io.hotdsl.resources.neutron.SecurityGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Security groups with their rules ({@link SecurityGroup}); Neutron's per-project {@code default}
 * group is not re-created (Heat refuses the name) but referred to.
 */
final class SecurityGroups {
  private final AdoptionRun run;

  SecurityGroups(AdoptionRun run) {
    this.run = run;
  }

  void all() {
    Set<String> built = new HashSet<>();
    for (JsonNode g : run.cloud.items(Kind.SECURITY_GROUPS)) {
      String id = text(g, "id");
      if ("default".equals(text(g, "name"))) {
        run.warnings.add("security group default (" + id + ") is Neutron's per-project default:"
            + " not re-created (Heat refuses the name), referred to by name or parameter");
        continue;
      }
      String what = "security group " + text(g, "name");
      SecurityGroup.Builder b = SecurityGroup.builder(run.cloud.resource("security_group", id))
          .nameProperty(text(g, "name"));
      if (text(g, "description") != null && !text(g, "description").isEmpty()) {
        b.descriptionProperty(text(g, "description"));
      }
      List<JsonNode> rules = Json.objects(g, "security_group_rules", what);
      b.rules(rules.stream().map(r -> rule(r, id, what, built)).toList());
      run.add(b, id);
      built.add(id);
    }
  }

  private SecurityGroup.Rule rule(JsonNode r, String group, String what, Set<String> built) {
    SecurityGroup.Rule.Builder rule = SecurityGroup.Rule.builder()
        .direction(text(r, "direction"))
        .ethertype(text(r, "ethertype"))
        .protocol(text(r, "protocol"));
    if (r.hasNonNull("port_range_min")) {
      rule.portRangeMin(r.get("port_range_min").asLong());
    }
    if (r.hasNonNull("port_range_max")) {
      rule.portRangeMax(r.get("port_range_max").asLong());
    }
    rule.remoteIpPrefix(text(r, "remote_ip_prefix"));
    String remote = text(r, "remote_group_id");
    if (remote != null) {
      rule.remoteMode(SecurityGroup.RemoteMode.REMOTE_GROUP_ID);
      if (!remote.equals(group)) { // omitted: the group itself
        String other = run.cloud.resource("security_group", remote);
        if (other != null && built.contains(remote)) {
          rule.remoteGroupId(References.resource(other));
        } else {
          rule.remoteGroupId(remote);
          run.warnings.add(what + ": a rule names group " + remote + " by ID (not read, or "
              + "read later: a reference could be a cycle)");
        }
      }
    }
    return rule.build();
  }
}
