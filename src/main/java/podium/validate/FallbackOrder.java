package podium.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.model.Fallback;

/**
 * Checks the {@code fallback:} map of an {@code edition.yaml}, which says whose text a reader sees when a page
 * or name is not translated into their language ({@code it: [fr, en]}: Italian readers get French first).
 * The default language always ends every order, so a text is found whenever the default language has it.
 */
final class FallbackOrder {
  private FallbackOrder() {}

  /** The full order for every language of the edition, the language itself first. */
  static Map<String, List<String>> check(FileChecks checks, Map<String, List<String>> written,
      List<String> languages, String defaultLanguage) {
    Map<String, List<String>> orders = new LinkedHashMap<>();
    String known = "the edition's languages are " + String.join(", ", languages);
    (written == null ? Map.<String, List<String>>of() : written).forEach((language, listed) -> {
      String at = "/fallback/" + language;
      if (!languages.contains(language)) {
        checks.errorAtKey(at, "fallback order for '" + language + "', which is not one of the edition's languages",
            known);
        return;
      }
      List<String> order = new ArrayList<>(List.of(language));
      List<String> candidates = listed == null ? List.of() : listed;
      for (int i = 0; i < candidates.size(); i++) {
        String candidate = candidates.get(i);
        if (!languages.contains(candidate)) {
          checks.error(at + "/" + i, "fallback language '" + candidate + "' is not one of the edition's languages",
              known);
        } else if (candidate.equals(language)) {
          checks.error(at + "/" + i, "language '" + language + "' cannot fall back to itself", null);
        } else if (order.contains(candidate)) {
          checks.error(at + "/" + i, "language '" + candidate + "' is listed twice in the fallback order of '"
              + language + "'", null);
        } else {
          order.add(candidate);
        }
      }
      if (defaultLanguage != null && !order.contains(defaultLanguage)) {
        order.add(defaultLanguage);
      }
      orders.put(language, List.copyOf(order));
    });
    for (String language : languages) {
      orders.putIfAbsent(language, Fallback.defaultOrder(language, defaultLanguage));
    }
    return Map.copyOf(orders);
  }
}
