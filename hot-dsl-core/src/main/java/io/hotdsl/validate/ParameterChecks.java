package io.hotdsl.validate;

import io.hotdsl.model.Constraint;
import io.hotdsl.model.HotVersion;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.ParameterGroup;
import io.hotdsl.model.ParameterType;
import io.hotdsl.model.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters section and parameter_groups as Heat 19 checks them: {@code parameters.py},
 * {@code hot/parameters.py} (constraint definitions) and {@code constraints.py} (defaults
 * against their constraints).
 */
final class ParameterChecks {
  private ParameterChecks() {}

  static void checkGroups(Template template, List<Problem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    List<ParameterGroup> groups = template.parameterGroups();
    for (int i = 0; i < groups.size(); i++) {
      List<String> names = groups.get(i).parameters();
      for (int j = 0; j < names.size(); j++) {
        String path = "parameter_groups[" + i + "].parameters[" + j + "]";
        String name = names.get(j);
        if (!template.parameters().containsKey(name)) {
          problems.add(Problem.error(
              path,
              "unknown parameter \"" + name + "\"; expected one of the template's " + "parameters "
                  + template.parameters().keySet()));
        } else if (seen.putIfAbsent(name, i) != null) {
          problems.add(Problem.error(
              path,
              "parameter \"" + name + "\" is already in parameter_groups[" + seen.get(name)
                  + "]; a parameter may be in one group only"));
        }
      }
    }
  }

  static void check(Template template, List<Problem> problems) {
    HotVersion version = template.version();
    for (Parameter<?> p : template.parameters().values()) {
      String path = "parameters." + p.name();
      for (int i = 0; i < p.constraints().size(); i++) {
        Constraint c = p.constraints().get(i);
        String cpath = path + ".constraints[" + i + "]";
        String specProblem = c.specProblem();
        if (specProblem != null) {
          // hot/parameters.py _constraint_from_def and the constraints.py constructors
          problems.add(Problem.error(cpath + "." + c.kind().key(), specProblem));
        } else if (!constraintApplies(c.kind(), p.type())) {
          problems.add(Problem.error(
              cpath,
              "constraint " + c.kind().key() + " does not apply to a "
                  + p.type().key() + " parameter"));
        }
        if (c.kind() == Constraint.Kind.MODULO && !version.isAtLeast(HotVersion.V2017_02_24)) {
          problems.add(Problem.error(
              cpath,
              "the modulo constraint needs heat_template_version 2017-02-24 or "
                  + "newer; this template is " + version));
        }
      }
      if (!p.tags().isEmpty() && !version.isAtLeast(HotVersion.V2018_03_02)) {
        problems.add(Problem.error(
            path + ".tags",
            "parameter tags need heat_template_version 2018-03-02 or newer; " + "this template is "
                + version));
      }
      if (p.hasDefault() && p.defaultValue() != null) {
        checkDefault(p, path + ".default", problems);
      }
    }
  }

  private static void checkDefault(Parameter<?> p, String path, List<Problem> problems) {
    Object value = p.defaultValue();
    String typeProblem = ParameterValues.typeProblem(p.type(), value);
    if (typeProblem == null && p.type() == ParameterType.JSON && value instanceof String text) {
      typeProblem = ParameterValues.jsonTextProblem(text);
    }
    if (typeProblem != null) {
      String message = p.hidden()
          ? "the default of this hidden parameter is not a valid " + p.type().key()
          : typeProblem;
      // template-validate checks a default against the constraints only (constraints.py
      // Schema._validate_default); the value's type is checked when Heat validates parameter
      // values (parameters.py Parameter.validate with validate_value), before stack create. A
      // default of the wrong type breaks a range, modulo or allowed_values constraint there
      // (Schema.str_to_num, to_schema_type): an error of template-validate then.
      boolean sized = value instanceof String || value instanceof List || value instanceof Map;
      // a comma_delimited_list default is split at template-validate (parameters.py
      // Schema._validate_default): a map fails there
      boolean checkedByConstraint = p.type() == ParameterType.COMMA_DELIMITED_LIST
          || p.constraints().stream()
              .filter(c -> c.specProblem() == null && constraintApplies(c.kind(), p.type()))
              .anyMatch(c -> switch (c.kind()) {
                case RANGE, MODULO, ALLOWED_VALUES -> true;
                case LENGTH -> !sized;
                case ALLOWED_PATTERN -> !(value instanceof String);
                case CUSTOM_CONSTRAINT -> false; // not checked on defaults
              });
      problems.add(
          checkedByConstraint
              ? Problem.error(path, message)
              : Problem.createError(path, "Parameter '" + p.name() + "' is invalid: " + message));
      return;
    }
    for (Constraint c : p.constraints()) {
      if (!constraintApplies(c.kind(), p.type()) || c.specProblem() != null) {
        continue;
      }
      String typeProblem2 = p.type() == ParameterType.STRING
          ? ParameterValues.constraintTypeProblem(c.kind(), value)
          : null;
      if (typeProblem2 != null) {
        problems.add(Problem.error(path, typeProblem2));
        break;
      }
      List<Object> items = ParameterValues.constrainedValues(p.type(), value);
      List<Object> checked = c.kind() == Constraint.Kind.ALLOWED_VALUES
          ? items
          : java.util.Collections.singletonList(
              p.type() == ParameterType.COMMA_DELIMITED_LIST ? items : value);
      for (Object v : checked) {
        String violation = c.violation(v);
        if (violation != null) {
          // Heat's message shows the value: a hidden parameter's stays hidden
          problems.add(Problem.error(
              path,
              p.hidden() && c.description() == null
                  ? "the default of this hidden parameter breaks its "
                      + c.kind().key() + " constraint"
                  : "the default breaks the parameter's own constraint: " + violation));
          break;
        }
      }
    }
  }

  private static boolean constraintApplies(Constraint.Kind kind, ParameterType type) {
    return switch (kind) {
      case LENGTH ->
        type == ParameterType.STRING
            || type == ParameterType.COMMA_DELIMITED_LIST
            || type == ParameterType.JSON;
      case RANGE, MODULO -> type == ParameterType.NUMBER;
      case ALLOWED_PATTERN -> type == ParameterType.STRING;
      // Heat's AllowedValues and CustomConstraint have no json (map) among their valid_types
      case ALLOWED_VALUES, CUSTOM_CONSTRAINT -> type != ParameterType.JSON;
    };
  }
}
