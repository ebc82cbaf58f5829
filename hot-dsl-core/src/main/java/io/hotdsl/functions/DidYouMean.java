package io.hotdsl.functions;

import java.util.Collection;
import java.util.Optional;

/** The known word a misspelt one was most likely meant to be, for "did you mean" hints. */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * The candidate closest to {@code word} by edit distance (insert, delete, replace, swap two
   * neighbours), if it is close enough: at most a third of the word's length, and at least 1.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(1, word.length() / 3);
    for (String c : candidates) {
      if (Math.abs(c.length() - word.length()) > limit) {
        continue;
      }
      int d = distance(word, c);
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code ; did you mean "x"?} or nothing. */
  public static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean \"" + c + "\"?").orElse("");
  }

  /**
   * For a value given where a function was likely meant, a one-key map whose key is a misspelt
   * function name ({@code {get_parm: flavor}}, which Heat reads as a plain map): {@code ; did you
   * mean the function "get_param"?}; otherwise nothing.
   */
  public static String functionHint(Object value, Collection<String> functions) {
    String key = Trees.functionName(value, (String k) -> !functions.contains(k));
    if (key != null) {
      return closest(key, functions)
          .map(f -> "; did you mean the function \"" + f + "\"? {" + key
              + ": ...} is a plain map to Heat")
          .orElse("");
    }
    return "";
  }

  /** Optimal string alignment distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
