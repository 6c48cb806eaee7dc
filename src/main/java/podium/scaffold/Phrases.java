package podium.scaffold;

import java.util.Map;

/**
 * The placeholder texts of a new edition, in the languages the project ships; other languages get the English
 * ones, marked for translation by the translation status like any text.
 */
final class Phrases {
  private static final Map<String, Map<String, String>> BY_LANGUAGE = Map.of(
      "en", Map.ofEntries(
          Map.entry("venue", "Venue to be announced"), Map.entry("room", "Main hall"),
          Map.entry("type", "Talk"), Map.entry("opening", "Opening"),
          Map.entry("opening_abstract", "Welcome to the congress."),
          Map.entry("about", "About"), Map.entry("about_slug", "about"),
          Map.entry("about_body", "Who organises this congress, for whom, and why."),
          Map.entry("venue_slug", "venue"), Map.entry("venue_body", "How to get there, and where to stay."),
          Map.entry("home_body", "Welcome! The programme and the speakers are online."),
          Map.entry("page_body", "Write this page here.")),
      "fr", Map.ofEntries(
          Map.entry("venue", "Lieu à confirmer"), Map.entry("room", "Grande salle"),
          Map.entry("type", "Exposé"), Map.entry("opening", "Ouverture"),
          Map.entry("opening_abstract", "Bienvenue au congrès."),
          Map.entry("about", "À propos"), Map.entry("about_slug", "a-propos"),
          Map.entry("about_body", "Qui organise ce congrès, pour qui, et pourquoi."),
          Map.entry("venue_slug", "lieu"), Map.entry("venue_body", "Comment venir, et où se loger."),
          Map.entry("home_body", "Bienvenue ! Le programme et les intervenants sont en ligne."),
          Map.entry("page_body", "Rédigez cette page ici.")),
      "de", Map.ofEntries(
          Map.entry("venue", "Veranstaltungsort folgt"), Map.entry("room", "Großer Saal"),
          Map.entry("type", "Vortrag"), Map.entry("opening", "Eröffnung"),
          Map.entry("opening_abstract", "Willkommen zum Kongress."),
          Map.entry("about", "Über den Kongress"), Map.entry("about_slug", "ueber"),
          Map.entry("about_body", "Wer diesen Kongress ausrichtet, für wen und warum."),
          Map.entry("venue_slug", "veranstaltungsort"), Map.entry("venue_body", "Anreise und Unterkunft."),
          Map.entry("home_body", "Willkommen! Programm und Referierende sind online."),
          Map.entry("page_body", "Schreiben Sie diese Seite hier.")));

  private Phrases() {}

  static String of(String language, String key) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en")).get(key);
  }

  /** A YAML map of language to text, one line per language, indented by {@code indent}. */
  static String localized(java.util.List<String> languages, String key, String indent) {
    StringBuilder yaml = new StringBuilder();
    for (String language : languages) {
      yaml.append(indent).append(language).append(": ").append(Yaml.quoted(of(language, key))).append('\n');
    }
    return yaml.toString();
  }
}
