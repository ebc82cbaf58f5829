package io.hotdsl.diff;

import static io.hotdsl.diff.ResourceAnalysis.asMap;

import io.hotdsl.functions.PythonEquality;
import io.hotdsl.model.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an update does to the members of a group (ResourceGroup, AutoScalingGroup …) that exists
 * on both sides: members are added or removed when their count changes, updated or replaced when
 * their definition does, and for provider members only what changes inside their template counts
 * ({@code resource_group.py}, {@code template_resource.py}).
 */
final class GroupMembers {
  private final Analysis analysis;
  private final Side a;
  private final Side b;
  private final String oldImpl;
  private final String newImpl;
  private final List<PropertyChange> changes;

  GroupMembers(Analysis analysis, String oldImpl, String newImpl, List<PropertyChange> changes) {
    this.analysis = analysis;
    this.a = analysis.a();
    this.b = analysis.b();
    this.oldImpl = oldImpl;
    this.newImpl = newImpl;
    this.changes = changes;
  }

  /** Adds the changes of the members, given the group's old and new (coerced) properties. */
  void compare(Map<String, Object> oldProps, Map<String, Object> newProps) {
    Members mo = Members.of(oldImpl, oldProps, null);
    Members mn = Members.of(newImpl, newProps, mo);
    if (mo.count() == null || mn.count() == null) {
      changes.add(new PropertyChange(
          "members",
          mo.count(),
          mn.count(),
          Action.UPDATED_IN_PLACE,
          "the member count is known only at update time",
          true));
    } else if (!mo.count().equals(mn.count())) {
      changes.add(new PropertyChange(
          "members", mo.count(), mn.count(), Action.UPDATED_IN_PLACE, "members added or removed"));
    }
    if (mn.count() != null && mn.count() == 0) {
      return;
    }
    if (!PythonEquality.equal(mo.definition(), mn.definition())) {
      Map<String, Object> od = asMap(mo.definition());
      Map<String, Object> nd = asMap(mn.definition());
      Template oc = mo.memberType() == null ? null : a.childOf(null, mo.memberType());
      Template nc = mn.memberType() == null ? null : b.childOf(null, mn.memberType());
      if (oc != null
          && nc != null
          && mo.memberType().equals(mn.memberType())
          && PythonEquality.equal(withoutProperties(od), withoutProperties(nd))) {
        // provider members get new properties: each member's nested stack is updated with them,
        // and only what changes inside it counts (resource_group.py, template_resource.py)
        StackDiff inside =
            analysis.nested(a, oc, asMap(od.get("properties")), b, nc, asMap(nd.get("properties")));
        if (!inside.isEmpty()) {
          changes.add(new PropertyChange(
              "members.definition",
              mo.definition(),
              mn.definition(),
              Action.UPDATED_IN_PLACE,
              "the members' properties change what their template " + "makes",
              inside.isUncertainOnly()));
        }
        return;
      }
      changes.add(new PropertyChange(
          "members.definition",
          mo.definition(),
          mn.definition(),
          Action.UPDATED_IN_PLACE,
          "the member definition changes: members updated or replaced"));
      return;
    }
    if (mo.memberType() != null && mn.memberType() != null) {
      Template oc = a.childOf(null, mo.memberType());
      Template nc = b.childOf(null, mn.memberType());
      if (oc != null && nc != null) {
        Map<String, Object> props = asMap(asMap(mn.definition()).get("properties"));
        StackDiff inside = analysis.nested(a, oc, props, b, nc, props);
        if (!inside.isEmpty()) {
          changes.add(new PropertyChange(
              "members.template",
              mo.memberType(),
              mn.memberType(),
              Action.UPDATED_IN_PLACE,
              "the members' template changes",
              inside.isUncertainOnly()));
        }
      }
    }
  }

  private static Map<String, Object> withoutProperties(Map<String, Object> definition) {
    Map<String, Object> out = new LinkedHashMap<>(definition);
    out.remove("properties");
    return out;
  }
}
