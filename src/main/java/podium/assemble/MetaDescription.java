package podium.assemble;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A page's meta description, which search engines show under its title: one line of at most {@link #MAX}
 * characters, cut after a whole word (with an ellipsis) when the text is longer. It is the first text given
 * that is not blank: the abstract or the first paragraph, else facts the page is about.
 */
final class MetaDescription {
  /** Search engines show about this many characters; a longer text is cut by them at any letter. */
  static final int MAX = 160;

  private MetaDescription() {}

  /** The first of {@code candidates} that has text, cut to {@link #MAX}; null when none has. */
  static String of(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return cut(candidate.strip().replaceAll("\\s+", " "));
      }
    }
    return null;
  }

  /** Facts joined with ", ", leaving out the blank ones; null when all are. */
  static String facts(String... facts) {
    String joined = Arrays.stream(facts).filter(Objects::nonNull).filter(fact -> !fact.isBlank())
        .collect(Collectors.joining(", "));
    return joined.isEmpty() ? null : joined;
  }

  private static String cut(String text) {
    if (text.codePointCount(0, text.length()) <= MAX) {
      return text;
    }
    int limit = text.offsetByCodePoints(0, MAX - 1);  // room for the ellipsis
    int space = text.lastIndexOf(' ', limit);
    String kept = space > MAX / 2 ? text.substring(0, space) : text.substring(0, limit);
    return kept.replaceAll("[\\s,;:.–-]+$", "") + "…";
  }
}
