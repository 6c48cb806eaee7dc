package podium.model;

import java.util.List;
import java.util.Map;

/**
 * The one rule for what a reader sees when a text, page or session description is missing in their language:
 * the version in the first language of {@link Edition#fallbackFor} that has one. Pages, open-data files and
 * calendars all ask here, so a German reader sees the same French text on a page and in its calendar.
 */
public final class Fallback {
  private Fallback() {}

  /**
   * The order for {@code language} when {@code edition.yaml} gives none: the language itself, then the
   * default language (which reads only itself).
   */
  public static List<String> defaultOrder(String language, String defaultLanguage) {
    return defaultLanguage == null || language.equals(defaultLanguage) ? List.of(language)
        : List.of(language, defaultLanguage);
  }

  /** The first language of {@code order} that {@code byLanguage} has a version in, or null when none has. */
  public static String first(Map<String, ?> byLanguage, List<String> order) {
    for (String language : order) {
      if (byLanguage.containsKey(language)) {
        return language;
      }
    }
    return null;
  }

  /** The version in the first language of {@code order} that has one, or null when none has. */
  public static <T> T pick(Map<String, T> byLanguage, List<String> order) {
    String language = first(byLanguage, order);
    return language == null ? null : byLanguage.get(language);
  }
}
