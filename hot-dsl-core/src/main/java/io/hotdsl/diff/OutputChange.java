package io.hotdsl.diff;

/**
 * An output that an update adds, removes or changes (its value, description or condition). Heat
 * recomputes outputs after every update; a changed output changes what the stack reports, not its
 * resources.
 *
 * @param name the output
 * @param oldOutput the output's tree before ({@code value}, {@code description},
 *     {@code condition}); null when the update adds it
 * @param newOutput the output's tree after; null when the update removes it
 */
public record OutputChange(String name, Object oldOutput, Object newOutput) {

  /** {@code +}, {@code -} or {@code ~}, as the text diff marks it. */
  public String marker() {
    return oldOutput == null ? "+" : newOutput == null ? "-" : "~";
  }
}
