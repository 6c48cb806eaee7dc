package podium.render.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import podium.model.Day;
import podium.model.Edition;
import podium.model.Localized;
import podium.model.Markdown;
import podium.model.Room;
import podium.model.Session;
import podium.model.Speaker;
import podium.model.Track;
import podium.rules.PlainText;
import podium.render.RenderedFile;
import podium.rules.ContentHash;

/**
 * The edition's schedule in c3voc's multilingual schedule2 format ({@code schema2.json}): one file for every
 * language, beside the language chooser. Abstracts, descriptions and room floors are maps of language to text
 * (only the languages written, no fallbacks; a text written once for all is a plain string); titles and names
 * are single strings in the schema, so they are the default language's. Events are one flat list; a break is a
 * {@code BREAK} meta event. Values shared with schedule.json (acronym, slugs, guids, links) come from
 * {@link FrabFields}, so the files agree.
 */
final class FrabJson2 {
  static final String SCHEMA = "https://c3voc.de/schema/schedule2";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FrabJson2() {}

  /** {@code views}: the edition in each of its languages, the default language's first. */
  static RenderedFile render(List<ExportView> views) {
    ExportView view = views.get(0);
    Edition edition = view.edition;
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.putObject("generator").put("name", "podium");
    ObjectNode schedule = root.putObject("schedule");
    schedule.put("version", "");
    ObjectNode conference = schedule.putObject("conference");
    conference.put("acronym", FrabFields.acronym(edition.id()));
    conference.put("title", view.text(edition.name()));
    putIfPresent(conference, "description", localized(views, edition.tagline()));
    conference.put("start", ExportView.iso(FrabFields.dayStart(view, edition.start())));
    conference.put("end", ExportView.iso(FrabFields.dayEnd(view, edition.end())));
    conference.put("timeslot_duration", isoDuration(FrabFields.timeslot(view.sessions)));
    putIfPresent(conference, "time_zone_name", FrabFields.jsonTimeZone(view));
    putIfPresent(conference, "url", view.absolute(view.routes.home(view.language)));
    ArrayNode languages = conference.putArray("languages");
    views.forEach(each -> languages.add(code(each.language)));
    conference.putObject("defaults").put("language", code(edition.defaultLanguage()));
    ArrayNode tracks = conference.putArray("tracks");
    for (Track track : edition.tracks()) {
      tracks.addObject().put("name", view.text(track.name())).put("slug", slug(track.id()));
    }
    if (FrabFields.hasMainProgramme(view)) {
      tracks.addObject().put("name", view.text(edition.name())).put("slug", FrabFields.acronym(edition.id()));
    }
    ArrayNode rooms = conference.putArray("rooms");
    for (Room room : edition.rooms()) {
      ObjectNode node = rooms.addObject().put("name", view.roomName(room));
      putIfPresent(node, "slug", FrabFields.slug(room.id()));
      node.put("guid", view.ids.roomGuid(room.id()).toString());
      putIfPresent(node, "description", localized(views, room.floor()));
      putIfPresent(node, "url", room.stream() == null ? null : FrabFields.safeLink(room.stream()));
    }
    ArrayNode days = conference.putArray("days");
    int index = 1;
    for (Day day : edition.days()) {
      days.addObject().put("index", index++).put("date", day.date().toString())
          .put("start", ExportView.iso(FrabFields.dayStart(view, day.date())))
          .put("end", ExportView.iso(FrabFields.dayEnd(view, day.date())));
    }
    ArrayNode events = schedule.putArray("events");
    for (Session session : view.sessions) {
      event(events.addObject(), views, session);
    }
    // the version changes exactly when the schedule does, as in the per-language files
    ContentHash.Versioning unversioned = new ContentHash.Versioning();
    JsonOut.write(JSON, root, unversioned);
    schedule.put("version", unversioned.version());
    return new RenderedFile(view.routes.multilingualSchedule(), JsonOut.bytes(JSON, root));
  }

  private static void event(ObjectNode node, List<ExportView> views, Session session) {
    ExportView view = views.get(0);
    String guid = view.ids.sessionGuid(session.id()).toString();
    String type = FrabTypes.of(session);
    ObjectNode room = JSON.createObjectNode().put("name", view.roomName(session.room()));
    putIfPresent(room, "slug", FrabFields.slug(session.room().id()));
    room.put("guid", view.ids.roomGuid(session.room().id()).toString());
    node.put("guid", guid);
    node.put("title", view.text(session.title()));
    node.put("type", type);
    node.put("start", ExportView.iso(session.start()));
    node.put("end", ExportView.iso(session.end()));
    node.set("room", room);
    if (type.equals(FrabTypes.BREAK)) {
      return;  // a meta event has no more
    }
    node.put("slug", FrabFields.eventSlug(view, session));
    String url = FrabFields.sessionUrl(view, session);
    node.put("url", url != null ? url : "urn:uuid:" + guid);
    node.putNull("subtitle");
    node.putObject("track").put("slug",
        session.track() == null ? FrabFields.acronym(view.edition.id()) : slug(session.track().id()));
    node.put("language", code(session.heldIn().get(0)));
    node.set("abstract", JSON.valueToTree(abstracts(views, session)));
    node.set("description", JSON.valueToTree(descriptions(views, session)));
    ArrayNode participants = node.putArray("participants");
    for (Speaker speaker : session.speakers()) {
      participants.addObject().put("guid", view.ids.speakerGuid(speaker.id()).toString())
          .put("name", view.name(speaker)).put("role", "SPEAKER");
    }
    ArrayNode links = node.putArray("links");
    for (FrabFields.Ref link : FrabFields.eventLinks(view, session)) {
      ObjectNode reference = links.addObject().put("url", link.url());
      putIfPresent(reference, "title", link.title());
    }
  }

  /** Each language's own abstract (else its description's first paragraph); null when there is none. */
  private static Object abstracts(List<ExportView> views, Session session) {
    Object summary = localized(views, session.summary());
    if (summary != null) {
      return summary;
    }
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (ExportView view : views) {
      Markdown markdown = session.descriptions().get(view.language);
      if (markdown != null) {
        putText(texts, view.language, PlainText.firstParagraph(markdown.text()));
      }
    }
    return texts.isEmpty() ? null : texts;
  }

  private static Map<String, String> descriptions(List<ExportView> views, Session session) {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (ExportView view : views) {
      if (session.descriptions().containsKey(view.language)) {
        putText(texts, view.language, view.plainDescription(session));
      }
    }
    return texts.isEmpty() ? null : texts;
  }

  /** A text per language written for it, a plain string when written once for all, null when absent. */
  private static Object localized(List<ExportView> views, Localized localized) {
    if (localized == null || localized.texts().isEmpty()) {
      return null;
    }
    if (localized.texts().containsKey(Localized.ANY)) {
      return ExportView.clean(localized.texts().get(Localized.ANY));
    }
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (ExportView view : views) {
      putText(texts, view.language, localized.texts().get(view.language));
    }
    return texts.isEmpty() ? null : texts;
  }

  private static void putText(Map<String, String> texts, String language, String text) {
    String clean = ExportView.clean(text);
    if (clean != null && !clean.isEmpty()) {
      texts.putIfAbsent(code(language), clean);
    }
  }

  /** schema2's ISO 639-1 code: the primary subtag of a language tag ({@code de} for {@code de-CH}). */
  static String code(String language) {
    return Locale.forLanguageTag(language).getLanguage();
  }

  /** schema2's slug pattern forbids a final '-' or '_', which ids allow. */
  private static String slug(String id) {
    return id.replaceAll("[-_]+$", "");
  }

  /** frab's {@code HH:MM} time slot as ISO 8601 ({@code PT30M}, {@code PT1H}). */
  static String isoDuration(String clock) {
    int hours = Integer.parseInt(clock.substring(0, 2));
    int minutes = Integer.parseInt(clock.substring(3));
    return "PT" + (hours > 0 ? hours + "H" : "") + (minutes > 0 || hours == 0 ? minutes + "M" : "");
  }

  private static void putIfPresent(ObjectNode node, String key, Object value) {
    if (value instanceof String text) {
      node.put(key, text);
    } else if (value != null) {
      node.set(key, JSON.valueToTree(value));
    }
  }
}
