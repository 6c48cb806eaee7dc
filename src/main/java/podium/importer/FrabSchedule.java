package podium.importer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.diagnostic.Position;

/**
 * What schedule.xml and schedule.json have in common, gathered as either reader walks its file: the rooms,
 * tracks and types in the order they first appear (rooms and tracks as declared, types as used), the people,
 * and the events. Rooms, tracks and types are keyed by their names, as frab's events name them.
 */
final class FrabSchedule {
  /** An event as both formats give it; {@code people} are the keys of {@link #person} calls. */
  record EventFields(String guid, String slug, String url, String title, String date, String start,
      String duration, String room, String track, String type, String language, String summary,
      String description, List<String> people, List<String[]> links) {}

  final Values values;
  private final String language;
  private final String acronym;
  private final ZoneId zone;
  private final Map<String, Imported.Named> rooms = new LinkedHashMap<>();
  private final Map<String, Imported.Named> tracks = new LinkedHashMap<>();
  private final Map<String, Imported.Named> types = new LinkedHashMap<>();
  private final Map<String, Imported.Person> people = new LinkedHashMap<>();
  private final List<Imported.Event> events = new ArrayList<>();
  private final Map<String, String> typeNames = new java.util.HashMap<>();

  FrabSchedule(Values values, String language, String acronym, ZoneId zone) {
    this.values = values;
    this.language = language;
    this.acronym = acronym;
    this.zone = zone;
  }

  void room(Position at, String name, String slug, String guid, String floor) {
    room(at, name, slug, guid, floor, null);
  }

  /** A room; {@code stream} is its live stream's address (schedule.json's room {@code url}), checked as a link. */
  void room(Position at, String name, String slug, String guid, String floor, String stream) {
    String shownName = values.text("room", at, name);
    if (shownName != null && !rooms.containsKey(shownName)) {
      String id = slug != null ? Values.id(slug) : Slugs.of(shownName);
      Imported.Ref link = stream == null ? null : values.link("room '" + shownName + "'", at, null, stream);
      rooms.put(shownName, new Imported.Named(shownName, id, guid, shownName, values.text("room", at, floor),
          link == null ? null : link.url()));
    }
  }

  /** The display names of the types, by the id events give (schedule.json's {@code conference.meta.types}). */
  void typeNames(Map<String, String> names) {
    typeNames.putAll(names);
    // in the schedule's order, which is the edition's
    names.forEach((id, name) -> types.putIfAbsent(id, new Imported.Named(id, Slugs.of(id), null, name, null, null)));
  }

  void track(Position at, String name, String slug) {
    String shownName = values.text("track", at, name);
    if (shownName != null && !tracks.containsKey(shownName)) {
      tracks.put(shownName, new Imported.Named(shownName, slug != null ? Values.id(slug) : Slugs.of(shownName),
          null, shownName, null, null));
    }
  }

  /** The key of a person: the guid, else the source's id, else the name. */
  String person(Position at, String guid, String id, String name, String bio) {
    String shownName = values.text("person", at, name);
    if (shownName == null) {
      values.error(at, "person without a name", null);
      return null;
    }
    String key = guid != null ? guid : id != null ? id : shownName;
    people.putIfAbsent(key, new Imported.Person(key, Slugs.of(shownName), guid, shownName,
        values.text("person '" + shownName + "'", at, bio), null));
    return key;
  }

  void event(Position at, EventFields fields) {
    String title = values.text("event", at, fields.title());
    if (title == null) {
      values.error(at, "event " + (fields.guid() == null ? "" : fields.guid() + " ") + "has no title", null);
      return;
    }
    String what = "event '" + title + "'";
    EventTimes.Span span = EventTimes.read(what, fields.date(), fields.start(), fields.duration(), zone, at,
        values.shown(), values.problems());
    String room = values.text(what, at, fields.room());
    if (room == null) {
      values.error(at, what + ": no room", null);
    } else {
      room(at, room, null, null, null);
    }
    String track = values.text(what, at, fields.track());
    if (track != null) {
      track(at, track, null);
    }
    String type = values.text(what, at, fields.type());
    if (type != null && !types.containsKey(type)) {
      types.put(type, new Imported.Named(type, Slugs.of(type), null, typeNames.getOrDefault(type, type), null, null));
    }
    List<Imported.Ref> links = new ArrayList<>();
    Imported.Named inRoom = room == null ? null : rooms.get(room);
    for (String[] link : fields.links()) {
      Imported.Ref ref = values.link(what, at, link[0], link[1]);
      // the room's stream is listed among its events' links: it is the room's, not one more of the session's
      if (ref != null && !(inRoom != null && ref.url().equals(inRoom.url()))) {
        links.add(ref);
      }
    }
    if (span == null || room == null) {
      return;
    }
    events.add(new Imported.Event(at, fields.guid(), id(fields, title), title, span.start(), span.end(), room, track,
        type, fields.people(), values.languages(what, at, fields.language()), List.of(),
        values.text(what, at, fields.summary()), markdown(values.text(what, at, fields.description())), links));
  }

  /**
   * A description as Markdown. Plain-text schedules (Podium's own, and frab instances that render their
   * Markdown) write a list as lines starting with a bullet; as Markdown those lines would run into one
   * paragraph, so they become list items. Markdown sources (pretalx) pass through unchanged.
   */
  static String markdown(String description) {
    return description == null ? null : BULLET.matcher(description).replaceAll("- ");
  }

  private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("(?m)^\u2022 ");

  /** The source's slug without the conference's acronym, else the last word of its URL, else the title's slug. */
  private String id(EventFields fields, String title) {
    if (fields.slug() != null) {
      for (String prefix : List.of(acronym + "-", acronym.replace('_', '-') + "-")) {
        if (fields.slug().startsWith(prefix) && fields.slug().length() > prefix.length()) {
          return Values.id(fields.slug().substring(prefix.length()));
        }
      }
      return Values.id(fields.slug());
    }
    String fromUrl = Values.id(Values.lastSegment(fields.url()));
    return fromUrl != null ? fromUrl : Slugs.of(title);
  }

  /**
   * The schedule read. A track named after the conference is its main programme, where Podium's exports (and
   * some frab instances) put the sessions outside every track, since schedule.xml requires a track: those
   * sessions come back without one, and no such track is made.
   */
  Imported build(String title, LocalDate start, LocalDate end) {
    List<Imported.Event> read = events.stream().map(event -> title == null || !title.equals(event.track()) ? event
        : new Imported.Event(event.at(), event.guid(), event.id(), event.title(), event.start(), event.end(),
            event.room(), null, event.type(), event.speakers(), event.heldIn(), event.interpretation(),
            event.summary(), event.description(), event.links())).toList();
    List<Imported.Named> named = tracks.values().stream().filter(track -> !track.name().equals(title)).toList();
    return new Imported(language, new Imported.Conference(title, start, end, zone), List.copyOf(rooms.values()),
        named, List.copyOf(types.values()), read, List.copyOf(people.values()), List.of());
  }
}
