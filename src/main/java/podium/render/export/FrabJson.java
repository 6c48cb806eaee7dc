package podium.render.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import podium.model.Day;
import podium.model.Room;
import podium.model.Session;
import podium.model.Speaker;
import podium.model.Track;
import podium.render.JsonOut;

/**
 * {@code schedule.json} in the shape frab and pretalx publish (c3voc's schedule.json schema): the conference
 * with its tracks and rooms, then every day with its events per room name. Keys are written in a fixed
 * order. Without a base URL an event's required {@code url} is its {@code urn:uuid:} (the schema wants an
 * absolute URI, and the site's address is unknown).
 */
final class FrabJson {
  static final String SCHEMA = "https://c3voc.de/schedule/schema.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FrabJson() {}

  static byte[] render(ExportView view, String version) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.putObject("generator").put("name", "podium");
    ObjectNode schedule = root.putObject("schedule");
    schedule.put("version", version);
    String home = view.absolute(view.routes.home(view.language));
    putIfPresent(schedule, "base_url", home);
    ObjectNode conference = schedule.putObject("conference");
    conference.put("acronym", FrabFields.acronym(view.edition.id()));
    conference.put("title", view.text(view.edition.name()));
    conference.put("start", view.edition.start().toString());
    conference.put("end", view.edition.end().toString());
    conference.put("daysCount", view.edition.days().size());
    conference.put("timeslot_duration", FrabFields.timeslot(view.sessions));
    putIfPresent(conference, "time_zone_name", FrabFields.jsonTimeZone(view));
    putIfPresent(conference, "url", home);
    putIfPresent(conference, "logo", FrabFields.logo(view));
    ArrayNode tracks = conference.putArray("tracks");
    for (Track track : view.edition.tracks()) {
      ObjectNode node = tracks.addObject().put("name", view.text(track.name()));
      putIfPresent(node, "slug", FrabFields.slug(track.id()));
    }
    if (FrabFields.hasMainProgramme(view)) {
      ObjectNode node = tracks.addObject().put("name", view.text(view.edition.name()));
      putIfPresent(node, "slug", FrabFields.slug(FrabFields.acronym(view.edition.id())));
    }
    ArrayNode rooms = conference.putArray("rooms");
    for (Room room : view.edition.rooms()) {
      ObjectNode node = rooms.addObject().put("name", view.roomName(room));
      putIfPresent(node, "slug", FrabFields.slug(room.id()));
      node.put("guid", view.ids.roomGuid(room.id()).toString());
      node.put("description", view.text(room.floor()));
      putIfPresent(node, "url", room.stream() == null ? null : FrabFields.safeLink(room.stream()));
    }
    // the types' display names: an event's type is the id apps can act on
    ObjectNode types = conference.putObject("meta").putObject("types");
    FrabFields.typeNames(view).forEach(types::put);
    ArrayNode days = conference.putArray("days");
    int index = 1;
    for (Day day : view.edition.days()) {
      day(days.addObject(), view, day, index++);
    }
    return JsonOut.bytes(JSON, root);
  }

  private static void day(ObjectNode node, ExportView view, Day day, int index) {
    node.put("index", index);
    node.put("date", day.date().toString());
    node.put("day_start", ExportView.iso(FrabFields.dayStart(view, day.date())));
    node.put("day_end", ExportView.iso(FrabFields.dayEnd(view, day.date())));
    ObjectNode rooms = node.putObject("rooms");
    List<Session> sessions = view.on(day.date());
    for (Room room : view.edition.rooms()) {
      ArrayNode events = rooms.putArray(view.roomName(room));
      sessions.stream().filter(s -> s.room().id().equals(room.id()))
          .forEach(session -> event(events.addObject(), view, session));
    }
  }

  private static void event(ObjectNode node, ExportView view, Session session) {
    String guid = view.ids.sessionGuid(session.id()).toString();
    String url = FrabFields.sessionUrl(view, session);
    node.put("guid", guid);
    node.put("id", view.ids.session(session.id()));
    node.put("date", ExportView.iso(session.start()));
    node.put("start", FrabFields.clock(session.start()));
    node.put("end", ExportView.iso(session.end()));
    node.put("duration", FrabFields.duration(session));
    node.put("room", view.roomName(session.room()));
    node.put("slug", FrabFields.eventSlug(view, session));
    node.put("url", url != null ? url : "urn:uuid:" + guid);
    node.put("title", FrabFields.title(view, session));
    node.putNull("subtitle");
    node.put("track", FrabFields.track(view, session));
    node.put("type", FrabFields.type(session));
    node.put("language", FrabFields.spoken(session));
    node.put("abstract", view.abstractOf(session));
    node.put("description", view.plainDescription(session));
    ArrayNode persons = node.putArray("persons");
    for (Speaker speaker : session.speakers()) {
      ObjectNode person = persons.addObject();
      person.put("guid", view.ids.speakerGuid(speaker.id()).toString());
      person.put("id", view.ids.speaker(speaker.id()));
      person.put("name", view.name(speaker));
      putIfPresent(person, "url", view.absolute(view.routes.speaker(view.language, speaker.id())));
      person.put("biography", view.text(speaker.bio()));
      if (speaker.photo() != null) { // pretalx's "avatar"; apps want it absolute, so only with a base URL
        putIfPresent(person, "avatar", view.absolute(view.routes.photo(speaker)));
      }
    }
    ArrayNode links = node.putArray("links");
    for (FrabFields.Ref link : FrabFields.eventLinks(view, session)) {
      ObjectNode reference = links.addObject().put("url", link.url());
      putIfPresent(reference, "title", link.title());
    }
  }

  private static void putIfPresent(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }
}
