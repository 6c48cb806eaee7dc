package podium.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import podium.diagnostic.Problems;
import podium.load.EditionDoc;
import podium.load.Parsed;
import podium.model.Day;
import podium.model.Localized;
import podium.model.Room;
import podium.model.SessionType;
import podium.model.Track;
import podium.model.Venue;

/** Checks an {@code edition.yaml}: dates, timezone, languages, venue, and the rooms, tracks and types it defines. */
final class EditionValidator {
  private EditionValidator() {}

  /** The checked edition, or null when it is too broken to check its sessions against. */
  static EditionBasics check(String id, Parsed<EditionDoc> parsed, Set<String> messageLanguages, Problems problems) {
    FileChecks checks = new FileChecks(parsed, problems);
    EditionDoc doc = parsed.value();
    if (doc == null) {
      checks.error("", "edition file is empty", "give at least name, start, end, timezone and languages");
      return null;
    }
    if (!Ids.isSafe(id)) {
      checks.error("", "unsafe edition folder name '" + Ids.quoted(id) + "'", Ids.rule(id));
    }
    List<String> languages = languages(checks, doc, messageLanguages);
    String defaultLanguage = doc.defaultLanguage();
    if (checks.require("/default_language", defaultLanguage) && languages != null
        && !languages.contains(defaultLanguage)) {
      checks.error("/default_language", "default language '" + defaultLanguage + "' is not one of the edition's "
          + "languages", "add it to languages, or pick one of " + String.join(", ", languages));
    }
    LocalDate start = checks.date("/start", doc.start());
    LocalDate end = checks.date("/end", doc.end());
    if (start != null && end != null && end.isBefore(start)) {
      checks.error("/end", "edition ends (" + end + ") before it starts (" + start + ")", null);
    }
    ZoneId zone = timezone(checks, doc.timezone());
    boolean online = Boolean.TRUE.equals(doc.online());
    Venue venue = null;
    if (doc.venue() != null) {
      checks.require("/venue/name", doc.venue().name());
      venue = new Venue(checks.localized("/venue/name", doc.venue().name(), languages),
          checks.localized("/venue/address", doc.venue().address(), languages),
          checks.url("/venue/url", doc.venue().url()),
          checks.localized("/venue/access", doc.venue().access(), languages),
          coordinate(checks, "/venue/geo/lat", doc.venue().geo() == null ? null : doc.venue().geo().lat(), 90),
          coordinate(checks, "/venue/geo/lon", doc.venue().geo() == null ? null : doc.venue().geo().lon(), 180));
      if (doc.venue().geo() != null && (doc.venue().geo().lat() == null || doc.venue().geo().lon() == null)) {
        checks.error("/venue/geo", "geo needs both 'lat' and 'lon'", "write geo: {lat: 48.5973, lon: 7.7688}");
      }
    } else if (!online) {
      checks.error("", "missing required key 'venue'", "give the venue, or set online: true");
    }
    if (checks.require("/name", doc.name())) {
      checks.localized("/name", doc.name(), languages);
    }
    Map<String, Room> rooms = checks.defined("room", "/rooms", doc.rooms(), EditionDoc.RoomDoc::id,
        (room, at) -> new Room(room.id(), named(checks, at, room.name(), languages),
            checks.localized(at + "/floor", room.floor(), languages), checks.url(at + "/stream", room.stream())));
    Map<String, Track> tracks = checks.defined("track", "/tracks", doc.tracks(), EditionDoc.NamedDoc::id,
        (track, at) -> new Track(track.id(), named(checks, at, track.name(), languages)));
    Map<String, SessionType> types = checks.defined("session type", "/types", doc.types(),
        EditionDoc.NamedDoc::id, (type, at) -> new SessionType(type.id(), named(checks, at, type.name(), languages)));
    if (start == null || end == null || end.isBefore(start) || zone == null || languages == null
        || !languages.contains(defaultLanguage) || doc.name() == null) {
      return null;
    }
    return new EditionBasics(id, doc.name(), checks.localized("/tagline", doc.tagline(), languages), start, end, zone,
        online, venue, languages, defaultLanguage,
        FallbackOrder.check(checks, doc.fallback(), languages, defaultLanguage), doc.baseUrl(),
        checks.localized("/organiser", doc.organiser(), languages), rooms, tracks, types,
        days(checks, doc.days(), start, end, languages));
  }

  /**
   * The edition's languages, or null when they are missing or one is not a language code: the list is then
   * unknown, and texts and the default language are not checked against it (that would only repeat the error).
   */
  private static List<String> languages(FileChecks checks, EditionDoc doc, Set<String> messageLanguages) {
    if (!checks.require("/languages", doc.languages())) {
      return null;
    }
    Set<String> languages = new LinkedHashSet<>();
    boolean valid = true;
    for (int i = 0; i < doc.languages().size(); i++) {
      String language = doc.languages().get(i);
      String at = "/languages/" + i;
      if (!Ids.isLanguageCode(language)) {
        checks.error(at, "invalid language code '" + language + "'", "use ISO 639-1 codes such as fr, de, en");
        valid = false;
      } else if (!languages.add(language)) {
        checks.error(at, "language '" + language + "' is listed twice", null);
      } else if (!messageLanguages.contains(language)) {
        checks.error(at, "no interface strings for language '" + language + "'",
            "add templates/i18n/" + language + ".yaml");
      }
    }
    return valid ? List.copyOf(languages) : null;
  }

  private static ZoneId timezone(FileChecks checks, String name) {
    if (!checks.require("/timezone", name)) {
      return null;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      checks.error("/timezone", "unknown timezone '" + name + "'", "use an IANA name such as Europe/Paris");
      return null;
    }
  }

  private static Localized named(FileChecks checks, String at, Localized name, List<String> languages) {
    checks.require(at + "/name", name);
    return checks.localized(at + "/name", name, languages);
  }

  private static List<Day> days(FileChecks checks, List<EditionDoc.DayDoc> titled, LocalDate start, LocalDate end,
      List<String> languages) {
    Map<LocalDate, Localized> titles = new LinkedHashMap<>();
    List<EditionDoc.DayDoc> entries = titled == null ? List.of() : titled;
    for (int i = 0; i < entries.size(); i++) {
      String at = "/days/" + i;
      LocalDate date = checks.date(at + "/date", entries.get(i).date());
      if (date == null) {
        continue;
      }
      if (date.isBefore(start) || date.isAfter(end)) {
        checks.error(at + "/date", "day " + date + " is outside the edition (" + start + " to " + end + ")", null);
      } else if (titles.put(date, checks.localized(at + "/title", entries.get(i).title(), languages)) != null) {
        checks.error(at + "/date", "day " + date + " is listed twice", null);
      }
    }
    List<Day> days = new ArrayList<>();
    for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
      days.add(new Day(date, titles.getOrDefault(date, Localized.EMPTY)));
    }
    return days;
  }

  /** A latitude (limit 90) or longitude (limit 180) in degrees; null when absent or out of range (reported). */
  private static Double coordinate(FileChecks checks, String pointer, Double value, int limit) {
    if (value == null) {
      return null;
    }
    if (value.isNaN() || Math.abs(value) > limit) {
      checks.error(pointer, "coordinate " + value + " is out of range", "write degrees between -" + limit + " and "
          + limit + ", as OpenStreetMap shows them");
      return null;
    }
    return value;
  }
}
