package podium.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text given per language, or once for every language (proper names such as a venue rarely change).
 * {@link #ANY} is the key of a text written once.
 */
public record Localized(Map<String, String> texts) {
  public static final String ANY = "*";
  public static final Localized EMPTY = new Localized(Map.of());

  public Localized {
    texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  public static Localized everywhere(String text) {
    return new Localized(Map.of(ANY, text));
  }

  /** The text written for exactly this language (or for all), or null. */
  public String exactly(String language) {
    String text = texts.get(language);
    return text != null ? text : texts.get(ANY);
  }

  /**
   * The key whose text a reader of {@code preference} (see {@link Fallback}) sees: a text written once is every
   * language's own, so it stands before any fallback; null when no language of the order has a text.
   */
  public String languageIn(List<String> preference) {
    if (!preference.isEmpty() && !texts.containsKey(preference.get(0)) && texts.containsKey(ANY)) {
      return ANY;
    }
    return Fallback.first(texts, preference);
  }

  /** As {@link #languageIn}, but a text in no language of the order still shows its first one; null if empty. */
  public String languageOrAny(List<String> preference) {
    String language = languageIn(preference);
    return language != null || texts.isEmpty() ? language : texts.keySet().iterator().next();
  }

  /** The text in the first language of {@code preference} that has one, or null if none has. */
  public String in(List<String> preference) {
    String language = languageIn(preference);
    return language == null ? null : texts.get(language);
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }
}
