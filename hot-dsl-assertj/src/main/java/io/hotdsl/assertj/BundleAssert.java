package io.hotdsl.assertj;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.bundle.BundleValidator;
import io.hotdsl.environment.Environment;
import io.hotdsl.read.HotReader;
import io.hotdsl.validate.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Bundle}; start with {@link HotAssertions#assertThat(Bundle)}. */
public class BundleAssert extends AbstractAssert<BundleAssert, Bundle> {

  public BundleAssert(Bundle actual) {
    super(actual, BundleAssert.class);
  }

  /** Assertions on the root template. */
  public TemplateAssert rootTemplate() {
    isNotNull();
    return hasTemplate(actual.rootPath());
  }

  /** Verifies the bundle has a template at {@code path} and returns assertions on it. */
  public TemplateAssert hasTemplate(String path) {
    isNotNull();
    Map<String, Object> tree = actual.template(path);
    if (tree == null) {
      failWithMessage(
          "%s",
          "expected bundle to have template " + TreeFormat.quote(path) + " but it has "
              + Messages.names(actual.templates().keySet()));
    }
    return new TemplateAssert(HotReader.fromTree(tree, path), "template " + path);
  }

  /** Verifies the bundle has exactly the given number of templates. */
  public BundleAssert hasTemplateCount(int count) {
    isNotNull();
    if (actual.templates().size() != count) {
      failWithMessage(
          "%s",
          "expected bundle to have " + Messages.count(count, "template") + " but it has "
              + actual.templates().size() + ": "
              + Messages.names(actual.templates().keySet()));
    }
    return this;
  }

  /** Verifies the bundle has a plain file (a {@code get_file} target) at {@code path}. */
  public BundleAssert hasFile(String path) {
    isNotNull();
    if (!actual.files().containsKey(path)) {
      failWithMessage(
          "%s",
          "expected bundle to have file " + TreeFormat.quote(path) + " but it has "
              + Messages.names(actual.files().keySet()));
    }
    return this;
  }

  /** Verifies the bundle has a plain file at {@code path} with exactly {@code content}. */
  public BundleAssert hasFile(String path, String content) {
    hasFile(path);
    String actualContent = actual.files().get(path);
    if (!Objects.equals(actualContent, content)) {
      failWithMessage(
          "%s",
          "expected file " + path + " to be " + TreeFormat.quote(content) + " but was "
              + TreeFormat.quote(actualContent));
    }
    return this;
  }

  /** Verifies the bundle has an environment at {@code path} and returns assertions on it. */
  public EnvironmentAssert hasEnvironment(String path) {
    isNotNull();
    Environment e = actual.environments().get(path);
    if (e == null) {
      failWithMessage(
          "%s",
          "expected bundle to have environment " + TreeFormat.quote(path) + " but it has "
              + Messages.names(actual.environments().keySet()));
    }
    return new EnvironmentAssert(e, "environment " + path);
  }

  /** Verifies {@link BundleValidator} finds no error; the failure lists every error. */
  public BundleAssert isValid() {
    isNotNull();
    List<Problem> errors = BundleValidator.validate(actual).errors();
    if (!errors.isEmpty()) {
      failWithMessage("%s", Yaml.problems("bundle", errors));
    }
    return this;
  }
}
