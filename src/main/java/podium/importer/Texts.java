package podium.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.model.Localized;

/**
 * How an imported text joins the texts the project has in other languages. A schedule in one language shows
 * untranslated texts in a fallback language; such a text is not stored as a translation (it would hide the
 * missing one from the translation status), so a text equal to what a reader of that language sees already,
 * while the language has no text of its own, changes nothing.
 */
final class Texts {
  private Texts() {}

  /** {@code old} with {@code text} as its {@code language} text; {@code old} when the source has none. */
  static Localized put(Localized old, String language, String text, List<String> order) {
    if (text == null) {
      return old;
    }
    if (old == null || old.isEmpty()) {
      return new Localized(Map.of(language, text));
    }
    if (!old.texts().containsKey(language) && text.equals(old.in(order))) {
      return old;
    }
    Map<String, String> texts = new LinkedHashMap<>(old.texts());
    String once = texts.remove(Localized.ANY);
    if (once != null && !once.equals(text)) {
      texts.putIfAbsent(order.get(order.size() - 1), once); // a text written once becomes the default language's
    }
    texts.put(language, text);
    return new Localized(texts);
  }

  /** The order a reader of {@code language} sees texts in: the language, its fallbacks, the default language. */
  static List<String> order(String language, Map<String, List<String>> fallback, String defaultLanguage) {
    List<String> order = new java.util.ArrayList<>(List.of(language));
    if (fallback != null && fallback.get(language) != null) {
      fallback.get(language).stream().filter(l -> !order.contains(l)).forEach(order::add);
    }
    if (!order.contains(defaultLanguage)) {
      order.add(defaultLanguage);
    }
    return order;
  }
}
