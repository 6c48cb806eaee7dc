package podium.assemble;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import podium.model.Edition;
import podium.model.Localized;
import podium.model.WallClock;

/**
 * Presents an edition's texts, dates and language names in one language, falling back to the edition's
 * default language for texts not yet translated (the result says which language it is in).
 */
final class Localizer {
  private final String language;
  private final Locale locale;
  private final List<String> preference;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter time;
  private final Map<String, String> strings;

  Localizer(Edition edition, String language, Map<String, String> strings) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    this.preference = edition.fallbackFor(language);
    this.strings = strings;
    this.longDate = DateTimeFormatter.ofPattern(strings.getOrDefault("date_long", "EEEE d MMMM yyyy"), locale);
    this.time = DateTimeFormatter.ofPattern(strings.getOrDefault("time_pattern", "HH:mm"), locale);
  }

  String language() {
    return language;
  }

  Map<String, String> strings() {
    return strings;
  }

  Text text(Localized localized) {
    if (localized == null || localized.isEmpty()) {
      return Text.NONE;
    }
    String shown = localized.languageOrAny(preference);
    return new Text(localized.texts().get(shown), shown.equals(Localized.ANY) || shown.equals(language) ? null
        : shown);
  }

  String date(LocalDate date) {
    return capitalized(longDate.format(date));
  }

  String dates(LocalDate start, LocalDate end) {
    return start.equals(end) ? date(start) : date(start) + " – " + date(end);
  }

  /** A time on the edition's clock; in the hour the clocks repeat, with the offset that tells which one. */
  String time(ZonedDateTime at) {
    return WallClock.isRepeated(at) ? time.format(at) + " (UTC" + WallClock.offset(at.getOffset()) + ")"
        : time.format(at);
  }

  /** A language's name in this page's language: "allemand" for de on a French page. */
  String languageName(String code) {
    return NAMES.computeIfAbsent(code + "\u0000" + language,
        key -> Locale.forLanguageTag(code).getDisplayLanguage(locale));
  }

  /** A language's name in that language itself, as language switchers show it: "Deutsch". */
  static String ownName(String code) {
    return NAMES.computeIfAbsent(code, key -> {
      Locale own = Locale.forLanguageTag(code);
      return capitalized(own.getDisplayLanguage(own), own);
    });
  }

  /** Language names come from the JDK's locale data, whose lookups are slow enough to matter per page. */
  private static final java.util.Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  private String capitalized(String text) {
    return capitalized(text, locale);
  }

  private static String capitalized(String text, Locale locale) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }
}
