package podium.model;

import java.util.Map;

/** Interface strings (labels, notices, date patterns) per language: language → key → text. */
public record Messages(Map<String, Map<String, String>> byLanguage) {
  public Map<String, String> of(String language) {
    return byLanguage.getOrDefault(language, Map.of());
  }

  public boolean has(String language) {
    return byLanguage.containsKey(language);
  }
}
