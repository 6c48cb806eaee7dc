package podium.validate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import podium.model.Day;
import podium.model.Localized;
import podium.model.Room;
import podium.model.SessionType;
import podium.model.Track;
import podium.model.Venue;

/** The checked contents of an {@code edition.yaml}, which sessions and pages are then checked against. */
record EditionBasics(
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
    Map<String, Room> rooms,
    Map<String, Track> tracks,
    Map<String, SessionType> types,
    List<Day> days) {

  boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
