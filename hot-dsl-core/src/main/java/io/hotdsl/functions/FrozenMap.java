package io.hotdsl.functions;

/**
 * The unmodifiable copy {@link Trees#immutableCopy} makes of a map of a few string keys: two
 * arrays in insertion order (the keys shared with other maps of the same keys, {@link
 * KeyArrays}), a fifth of the bytes of a hashed map with an entry object per key, which is what
 * decides how much memory a template of many resources takes. Lookups scan the keys.
 *
 * <p>The map itself is {@link ArrayMap}'s, as the model's maps are.
 */
final class FrozenMap extends ArrayMap<Object> {
  /** The most keys a frozen map holds; bigger maps stay hashed. */
  static final int MAX_KEYS = 16;

  /** Takes {@code values} as it is (nobody else holds it); the keys are distinct. */
  FrozenMap(String[] keys, Object[] values) {
    super(KeyArrays.shared(keys, keys.length), values);
  }

  /** As {@link #FrozenMap(String[], Object[])}, given the keys' {@link KeyArrays#next} hash. */
  FrozenMap(String[] keys, Object[] values, int keysHash) {
    super(KeyArrays.shared(keys, keys.length, keysHash), values);
  }

  private FrozenMap(Object[] values, String[] keys) {
    super(keys, values);
  }

  /**
   * A map of {@code keys}, a constant array never changed (shared as it is, without looking it
   * up in {@link KeyArrays}), and {@code values}, taken as it is.
   */
  static FrozenMap withConstantKeys(String[] keys, Object[] values) {
    return new FrozenMap(values, keys);
  }
}
