package podium.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One congress edition with its whole programme. {@code venue} is null for online editions;
 * {@code languages} is in the order the editors gave, {@code defaultLanguage} one of them; {@code fallbacks}
 * gives, for each language, the languages whose text stands in for a missing one, in order;
 * {@code translations} says, per page and session, which languages are translated, missing or outdated;
 * {@code sessions} are in {@link SessionOrder}, the order every page and file lists them in;
 * {@code leftOut} is what this build does not publish (drafts); {@code history} is what its releases say;
 * {@code brand} its colours, logo and font; {@code showcase} its partners and venue details.
 */
public record Edition(
    String id,
    Localized name,
    Localized tagline,
    LocalDate start,
    LocalDate end,
    ZoneId timezone,
    boolean online,
    Venue venue,
    List<String> languages,
    String defaultLanguage,
    Map<String, List<String>> fallbacks,
    String baseUrl,
    Localized organiser,
    List<Room> rooms,
    List<Track> tracks,
    List<SessionType> types,
    List<Day> days,
    List<Session> sessions,
    List<Speaker> speakers,
    Map<String, Page> pages,
    List<TranslationRow> translations,
    LeftOut leftOut,
    ProgrammeHistory history,
    Brand brand,
    Showcase showcase) {

  /** Languages to try for a text in {@code language}: that one, then its fallbacks, ending with the default. */
  public List<String> fallbackFor(String language) {
    return fallbacks.getOrDefault(language, Fallback.defaultOrder(language, defaultLanguage));
  }
}
