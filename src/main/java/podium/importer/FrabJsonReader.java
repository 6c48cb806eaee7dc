package podium.importer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import podium.diagnostic.Problems;

/**
 * frab's {@code schedule.json} as frab, pretalx and Podium write it: {@code schedule.conference} with its
 * {@code rooms} and {@code tracks}, then {@code days} whose {@code rooms} map a room's name to its events.
 * pretalx's people are {@code public_name} and {@code code}, frab's and Podium's {@code name} and {@code guid}.
 */
final class FrabJsonReader {
  private FrabJsonReader() {}

  static Imported read(String text, String shown, String language, ZoneId known, Problems problems) {
    JsonTree tree = JsonTree.parse(text, shown, problems);
    if (tree == null) {
      return null;
    }
    Values values = new Values(shown, problems);
    Map<String, Object> conference = JsonTree.object(JsonTree.object(tree.root(), "schedule"), "conference");
    if (conference.isEmpty()) {
      values.error(tree.at(tree.root()), "the file has no schedule.conference", "is it a frab schedule.json?");
      return null;
    }
    ZoneId zone = Conference.zone(values, tree.at(conference), JsonTree.text(conference, "time_zone_name"), known);
    LocalDate start = Conference.day(values, tree.at(conference), "start", JsonTree.text(conference, "start"));
    LocalDate end = Conference.day(values, tree.at(conference), "end", JsonTree.text(conference, "end"));
    if (zone == null) {
      return null;
    }
    String acronym = JsonTree.text(conference, "acronym") == null ? "" : JsonTree.text(conference, "acronym");
    FrabSchedule schedule = new FrabSchedule(values, language, acronym, zone);
    for (Object track : JsonTree.array(conference, "tracks")) {
      schedule.track(tree.at(track), JsonTree.text(track, "name"), JsonTree.text(track, "slug"));
    }
    // the types' display names (Podium's exports name an event's type by its id)
    Map<String, Object> types = JsonTree.object(JsonTree.object(conference, "meta"), "types");
    for (String type : types.keySet()) {
      schedule.type(tree.at(types), type, JsonTree.text(types, type));
    }
    for (Object room : JsonTree.array(conference, "rooms")) {
      schedule.room(tree.at(room), JsonTree.text(room, "name"), JsonTree.text(room, "slug"),
          JsonTree.text(room, "guid"), JsonTree.text(room, "description"));
    }
    for (Object day : JsonTree.array(conference, "days")) {
      for (Map.Entry<String, Object> room : JsonTree.object(day, "rooms").entrySet()) {
        schedule.room(tree.at(day), room.getKey(), null, null, null);
        if (!(room.getValue() instanceof List<?> events)) {
          values.error(tree.at(day), "room '" + room.getKey() + "' holds no list of events", null);
          continue;
        }
        for (Object event : events) {
          schedule.event(tree.at(event), fields(schedule, tree, event, room.getKey()));
        }
      }
    }
    return schedule.build(JsonTree.text(conference, "title"), start, end);
  }

  private static FrabSchedule.EventFields fields(FrabSchedule schedule, JsonTree tree, Object event, String room) {
    List<String> people = new ArrayList<>();
    for (Object person : JsonTree.array(event, "persons")) {
      String name = JsonTree.text(person, "public_name") != null ? JsonTree.text(person, "public_name")
          : JsonTree.text(person, "name");
      String id = JsonTree.text(person, "code") != null ? JsonTree.text(person, "code") : JsonTree.text(person, "id");
      String key = schedule.person(tree.at(person), JsonTree.text(person, "guid"), id, name,
          JsonTree.text(person, "biography"));
      if (key != null) {
        people.add(key);
      }
    }
    List<String[]> links = new ArrayList<>();
    for (Object link : JsonTree.array(event, "links")) {
      links.add(new String[] {JsonTree.text(link, "title"), JsonTree.text(link, "url")});
    }
    String eventRoom = JsonTree.text(event, "room") != null ? JsonTree.text(event, "room") : room;
    return new FrabSchedule.EventFields(JsonTree.text(event, "guid"), JsonTree.text(event, "slug"),
        JsonTree.text(event, "url"), JsonTree.text(event, "title"), JsonTree.text(event, "date"),
        JsonTree.text(event, "start"), JsonTree.text(event, "duration"), eventRoom, JsonTree.text(event, "track"),
        JsonTree.text(event, "type"), JsonTree.text(event, "language"), JsonTree.text(event, "abstract"),
        JsonTree.text(event, "description"), people, links);
  }
}
