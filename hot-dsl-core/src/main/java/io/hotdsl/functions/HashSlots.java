package io.hotdsl.functions;

/**
 * Where a string's hash goes in an open-addressed table of a power-of-two length: Fibonacci
 * hashing, the hash times the golden ratio's 2^32 fraction, its top bits. Names that differ in a
 * trailing number ({@code port_1}, {@code port_2} …) have consecutive hashes, which the hash's own
 * low bits would put in consecutive slots, where linear probing makes long runs of them (14 probes
 * per name at 10,000 resources); the multiplication scatters them. For the model's resource map,
 * the validator's dependency graph and the shared key arrays' table.
 */
public final class HashSlots {
  private HashSlots() {}

  /** The {@link #home} shift of a table of {@code length} slots, a power of two from 2 up. */
  public static int shiftFor(int length) {
    return 32 - Integer.numberOfTrailingZeros(length);
  }

  /** The first slot to try for {@code hash} in a table whose {@link #shiftFor} is {@code shift}. */
  public static int home(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
