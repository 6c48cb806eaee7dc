package podium.model;

import java.util.List;
import java.util.Map;

/** Interface strings (labels, notices, date patterns) per language: language → key → text. */
public record Messages(Map<String, Map<String, String>> byLanguage) {
  /** The strings that are words of URLs, so also folder names in the output: {@code /de/programm/}. */
  public static final List<String> URL_WORDS = List.of("slug_programme", "slug_sessions", "slug_speakers", "slug_changes",
      "slug_partners", "slug_news");

  public Map<String, String> of(String language) {
    return byLanguage.getOrDefault(language, Map.of());
  }

  public boolean has(String language) {
    return byLanguage.containsKey(language);
  }
}
