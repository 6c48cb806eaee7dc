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

  /** The text in the first language of {@code preference} that has one, or null if none has. */
  public String in(List<String> preference) {
    for (String language : preference) {
      String text = exactly(language);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }
}
