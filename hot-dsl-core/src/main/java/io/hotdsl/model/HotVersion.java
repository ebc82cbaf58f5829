package io.hotdsl.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code heat_template_version} that OpenStack Heat 19.0.0 knows, with the intrinsic functions,
 * condition functions and sections it allows.
 *
 * <p>The tables are Heat's own ({@code heat/engine/hot/template.py}, classes {@code HOTemplate20130523}
 * … {@code HOTemplate20210416}); a conformance test compares them with the classes of an installed
 * Heat. Release-name aliases ({@code newton} … {@code wallaby}) are separate constants so a template
 * read with an alias renders with the same alias.
 */
public enum HotVersion {
  V2013_05_23("2013-05-23", null, Tables.F2013, Set.of()),
  V2014_10_16("2014-10-16", null, Tables.F2014, Set.of()),
  V2015_04_30("2015-04-30", null, Tables.F2015_04, Set.of()),
  V2015_10_15("2015-10-15", null, Tables.F2015_10, Set.of()),
  V2016_04_08("2016-04-08", null, Tables.F2016_04, Set.of()),
  V2016_10_14("2016-10-14", null, Tables.F2016_10, Tables.C2016),
  V2017_02_24("2017-02-24", null, Tables.F2017_02, Tables.C2016),
  V2017_09_01("2017-09-01", null, Tables.F2017_09, Tables.C2017),
  V2018_03_02("2018-03-02", null, Tables.F2017_09, Tables.C2017),
  V2018_08_31("2018-08-31", null, Tables.F2017_09, Tables.C2017),
  V2021_04_16("2021-04-16", null, Tables.F2017_09, Tables.C2017),
  NEWTON("newton", V2016_10_14, null, null),
  OCATA("ocata", V2017_02_24, null, null),
  PIKE("pike", V2017_09_01, null, null),
  QUEENS("queens", V2018_03_02, null, null),
  ROCKY("rocky", V2018_08_31, null, null),
  WALLABY("wallaby", V2021_04_16, null, null);

  /** The newest version Heat 19 knows; templates built without an explicit version use it. */
  public static final HotVersion LATEST = V2021_04_16;

  private final String key;
  private final HotVersion aliasOf;
  private final Set<String> functions;
  private final Set<String> conditionFunctions;

  HotVersion(
      String key, HotVersion aliasOf, Set<String> functions, Set<String> conditionFunctions) {
    this.key = key;
    this.aliasOf = aliasOf;
    this.functions = functions;
    this.conditionFunctions = conditionFunctions;
  }

  /** The value written after {@code heat_template_version:}. */
  public String key() {
    return key;
  }

  /** The dated version this one stands for: itself, or the date a release alias names. */
  public HotVersion canonical() {
    return aliasOf == null ? this : aliasOf;
  }

  /** Intrinsic functions allowed in resources and outputs. */
  public Set<String> functions() {
    return canonical().functions;
  }

  /** Functions allowed in the {@code conditions} section (empty before 2016-10-14). */
  public Set<String> conditionFunctions() {
    return canonical().conditionFunctions;
  }

  /** Whether this version allows the function {@code name} outside the conditions section. */
  public boolean allows(String function) {
    return functions().contains(function);
  }

  /** Whether this version has the {@code conditions} section and resource/output conditions. */
  public boolean hasConditions() {
    return !conditionFunctions().isEmpty();
  }

  /** Whether {@code other} is this version or an older one (aliases compare by their date). */
  public boolean isAtLeast(HotVersion other) {
    return canonical().ordinal() >= other.canonical().ordinal();
  }

  /** The oldest dated version that allows {@code function}, if any does. */
  public static Optional<HotVersion> lowestAllowing(String function) {
    return dated().stream().filter(v -> v.allows(function)).findFirst();
  }

  /** The oldest dated version whose conditions section allows {@code function}, if any does. */
  public static Optional<HotVersion> lowestAllowingInConditions(String function) {
    return dated().stream()
        .filter(v -> v.conditionFunctions().contains(function))
        .findFirst();
  }

  /** Every HOT function name any version knows, including those only allowed in conditions. */
  public static Set<String> allFunctionNames() {
    return Tables.ALL;
  }

  /** The dated versions, oldest first. */
  public static List<HotVersion> dated() {
    return Arrays.stream(values()).filter(v -> v.aliasOf == null).toList();
  }

  /** The version whose key is {@code key} ("2018-08-31", "rocky", …). */
  public static Optional<HotVersion> fromKey(String key) {
    for (HotVersion v : values()) {
      if (v.key.equals(key)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return key;
  }

  /** Heat 19's function tables; see {@code heat/engine/hot/template.py}. */
  private static final class Tables {
    static final Set<String> F2013 = Set.of(
        "Fn::Base64",
        "Fn::GetAZs",
        "Fn::Join",
        "Fn::MemberListToMap",
        "Fn::Replace",
        "Fn::ResourceFacade",
        "Fn::Select",
        "Fn::Split",
        "Ref",
        "get_attr",
        "get_file",
        "get_param",
        "get_resource",
        "list_join",
        "resource_facade",
        "str_replace");
    static final Set<String> F2014 = Set.of(
        "Fn::Select",
        "get_attr",
        "get_file",
        "get_param",
        "get_resource",
        "list_join",
        "resource_facade",
        "str_replace");
    static final Set<String> F2015_04 = plus(F2014, "digest", "repeat");
    static final Set<String> F2015_10 = minus(plus(F2015_04, "str_split"), "Fn::Select");
    static final Set<String> F2016_04 = plus(F2015_10, "map_merge");
    static final Set<String> F2016_10 = plus(F2016_04, "if", "map_replace", "yaql");
    static final Set<String> F2017_02 = plus(F2016_10, "filter", "str_replace_strict");
    static final Set<String> F2017_09 = plus(
        F2017_02,
        "contains",
        "list_concat",
        "list_concat_unique",
        "make_url",
        "str_replace_vstrict");
    static final Set<String> C2016 = Set.of("and", "equals", "get_param", "not", "or");
    static final Set<String> C2017 = plus(C2016, "contains", "yaql");
    static final Set<String> ALL =
        plus(plus(F2013, F2017_09.toArray(String[]::new)), C2017.toArray(String[]::new));

    private static Set<String> plus(Set<String> base, String... more) {
      java.util.Set<String> s = new java.util.TreeSet<>(base);
      s.addAll(Arrays.asList(more));
      return Set.copyOf(s);
    }

    private static Set<String> minus(Set<String> base, String... less) {
      java.util.Set<String> s = new java.util.TreeSet<>(base);
      Arrays.asList(less).forEach(s::remove);
      return Set.copyOf(s);
    }
  }
}
