package podium.assemble;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page's meta description, which search engines show under its title: one line of at most {@link #MAX}
 * characters, cut after a whole word (with an ellipsis) when the text is longer. It is the first text given
 * that is not blank: the abstract or the first paragraph, else facts the page is about.
 */
final class MetaDescription {
  /** Search engines show about this many characters; a longer text is cut by them at any letter. */
  static final int MAX = 160;
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.–-]+$");

  private MetaDescription() {}

  /** The first of {@code candidates} that has text, cut to {@link #MAX}; null when none has. */
  static String of(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return cut(oneLine(candidate, MAX + 1));
      }
    }
    return null;
  }

  /**
   * The text without white space at either end, each run of spaces, tabs and line breaks inside as one space,
   * up to {@code limit} code points: the most a cut looks at. A speaker's biography or a description's first
   * paragraph can be long, and a whole-text regular expression on each was a tenth of assembling the pages.
   */
  static String oneLine(String text, int limit) {
    StringBuilder line = new StringBuilder((int) Math.min(text.length(), limit * 2L));
    int kept = 0;
    boolean space = false;
    int i = 0;
    while (i < text.length() && kept < limit) {
      char unit = text.charAt(i);
      int c = Character.isSurrogate(unit) ? text.codePointAt(i) : unit;
      i += Character.charCount(c);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        space = kept > 0;
      } else if (kept == 0 && Character.isWhitespace(c)) {
        continue;  // strip(): any white space at the start
      } else {
        if (space) {
          line.append(' ');
          kept++;
          space = false;
        }
        line.appendCodePoint(c);
        kept++;
      }
    }
    for (int rest = i; rest < text.length(); rest += Character.charCount(text.codePointAt(rest))) {
      if (!Character.isWhitespace(text.codePointAt(rest))) {
        return line.toString();  // cut short: what follows is text, not white space to strip
      }
    }
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.codePointBefore(end))) {
      end -= Character.charCount(line.codePointBefore(end));
    }
    return line.substring(0, end);
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
    return TRAILING_PUNCTUATION.matcher(kept).replaceAll("") + "…";
  }
}
