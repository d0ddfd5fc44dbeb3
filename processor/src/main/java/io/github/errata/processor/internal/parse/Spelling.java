package io.github.errata.processor.internal.parse;

import java.util.Collection;

/** The nearest of some names to a misspelt one, for a message's "did you mean". */
final class Spelling {
  private Spelling() {}

  /** The name nearest to {@code wrong} by edit distance, within a third of its length; or null. */
  static String nearest(String wrong, Collection<String> names) {
    String best = null;
    int bestDistance = Math.max(1, wrong.length() / 3) + 1;
    for (String name : names) {
      int distance = distance(wrong, name);
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance, case-insensitive. */
  private static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
