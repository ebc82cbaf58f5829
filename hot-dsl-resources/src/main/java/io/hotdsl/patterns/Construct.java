package io.hotdsl.patterns;

import io.hotdsl.model.Resource;
import java.util.List;

/**
 * What every pattern is (a construct, as CDK calls them): a few resources made together and added to a template in order. Two
 * patterns of the same kind are equal when their parts are.
 */
public abstract class Construct {
  Construct() {}

  /** The parts in the order they are added to a template. */
  public abstract List<Resource> resources();

  @Override
  public final boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && resources().equals(((Construct) o).resources());
  }

  @Override
  public final int hashCode() {
    return resources().hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + resources();
  }
}
