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
  /** Tracks only events name, never the conference's list. */
  private final java.util.Set<String> undeclaredTracks = new java.util.HashSet<>();
  private final Map<String, Imported.Named> types = new LinkedHashMap<>();
  private final Map<String, Imported.Person> people = new LinkedHashMap<>();
  private final List<Imported.Event> events = new ArrayList<>();

  FrabSchedule(Values values, String language, String acronym, ZoneId zone) {
    this.values = values;
    this.language = language;
    this.acronym = acronym;
    this.zone = zone;
  }

  void room(Position at, String name, String slug, String guid, String floor) {
    String shownName = values.text("room", at, name);
    if (shownName != null && !rooms.containsKey(shownName)) {
      String id = slug != null ? Values.id(slug) : Slugs.of(shownName);
      rooms.put(shownName, new Imported.Named(shownName, id, guid, shownName, values.text("room", at, floor)));
    }
  }

  void track(Position at, String name, String slug) {
    String shownName = values.text("track", at, name);
    if (shownName != null && !tracks.containsKey(shownName)) {
      tracks.put(shownName, new Imported.Named(shownName, slug != null ? Values.id(slug) : Slugs.of(shownName),
          null, shownName, null));
    }
  }

  /**
   * A type as the conference's list names it (schedule.json's {@code meta.types}: id to display name), before
   * the events that use it by id.
   */
  void type(Position at, String id, String name) {
    String shownId = values.text("type", at, id);
    if (shownId != null && !types.containsKey(shownId)) {
      String shownName = values.text("type '" + shownId + "'", at, name);
      types.put(shownId, new Imported.Named(shownId, Values.id(shownId), null,
          shownName != null ? shownName : shownId, null));
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
    if (track != null && !tracks.containsKey(track)) {
      track(at, track, null);
      undeclaredTracks.add(track);
    }
    String type = values.text(what, at, fields.type());
    if (type != null && !types.containsKey(type)) {
      types.put(type, new Imported.Named(type, Slugs.of(type), null, type, null));
    }
    List<Imported.Ref> links = new ArrayList<>();
    for (String[] link : fields.links()) {
      Imported.Ref ref = values.link(what, at, link[0], link[1]);
      if (ref != null) {
        links.add(ref);
      }
    }
    if (span == null || room == null) {
      return;
    }
    events.add(new Imported.Event(at, fields.guid(), id(fields, title), title, span.start(), span.end(), room, track,
        type, fields.people(), values.languages(what, at, fields.language()), List.of(),
        values.text(what, at, fields.summary()), values.text(what, at, fields.description()), links));
  }

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

  Imported build(String title, LocalDate start, LocalDate end) {
    List<Imported.Event> all = List.copyOf(events);
    // Podium's own schedules file a session outside every track under a track named after the edition (frab
    // requires one) that the conference's list does not declare: that is the main programme, not a track.
    if (title != null && undeclaredTracks.contains(title)) {
      tracks.remove(title);
      all = all.stream().map(e -> !title.equals(e.track()) ? e : new Imported.Event(e.at(), e.guid(), e.id(),
          e.title(), e.start(), e.end(), e.room(), null, e.type(), e.speakers(), e.heldIn(), e.interpretation(),
          e.summary(), e.description(), e.links())).toList();
    }
    return new Imported(language, new Imported.Conference(title, start, end, zone), List.copyOf(rooms.values()),
        List.copyOf(tracks.values()), List.copyOf(types.values()), all, List.copyOf(people.values()),
        List.of());
  }
}
