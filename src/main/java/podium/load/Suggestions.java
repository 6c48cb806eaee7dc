package podium.load;

import java.util.Collection;

/** "Did you mean …?" hints for misspelt keys and ids. */
public final class Suggestions {
  private Suggestions() {}

  /** A hint naming the closest candidate, or listing them all when none is close. */
  public static String hint(String wrong, Collection<String> candidates) {
    String closest = closest(wrong, candidates);
    if (closest != null) {
      return "did you mean '" + closest + "'?";
    }
    if (candidates.isEmpty() || candidates.size() > 12) {
      return null;
    }
    return "expected one of: " + String.join(", ", candidates);
  }

  /** The candidate within two edits of {@code wrong}, or null. */
  public static String closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : candidates) {
      int distance = distance(wrong, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
