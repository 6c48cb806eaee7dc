package podium.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import podium.validate.Ids;

/**
 * Ids for what a source names only by title or name: a slug in Podium's id alphabet ({@link Ids}), letters
 * without their accents ("Amphithéâtre" → {@code amphitheatre}, "Großer Saal" → {@code grosser-saal}).
 */
final class Slugs {
  private static final Map<Character, String> LETTERS = Map.of('ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'ł', "l",
      'đ', "d", 'þ', "th", 'ı', "i");

  private Slugs() {}

  /** The slug of {@code text}, at most {@link Ids#MAX_LENGTH} characters; null when nothing of it is left. */
  static String of(String text) {
    if (text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder plain = new StringBuilder();
    for (char c : lower.toCharArray()) {
      plain.append(LETTERS.getOrDefault(c, String.valueOf(c)));
    }
    String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder();
    for (char c : decomposed.toCharArray()) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
        slug.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && slug.length() > 0
          && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    String cut = slug.length() > Ids.MAX_LENGTH ? slug.substring(0, Ids.MAX_LENGTH) : slug.toString();
    cut = cut.replaceAll("[-_]+$", "").replaceAll("^[-_]+", "");
    return Ids.isSafe(cut) ? cut : null;
  }

  /** {@code id}, or {@code id-2}, {@code id-3}… the first that {@code taken} does not hold yet. */
  static String unique(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; taken.contains(candidate); n++) {
      String suffix = "-" + n;
      candidate = (id.length() + suffix.length() > Ids.MAX_LENGTH ? id.substring(0, Ids.MAX_LENGTH - suffix.length())
          : id) + suffix;
    }
    return candidate;
  }
}
