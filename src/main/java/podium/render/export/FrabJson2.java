package podium.render.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import podium.render.JsonOut;
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
  /** The version's place while the file is written: as long as a version ({@link ContentHash#version}). */
  private static final String UNVERSIONED = "000000000000";

  private FrabJson2() {}

  /**
   * {@code views}: the edition in each of its languages, the default language's first. Written as a stream: on a
   * big programme the file is the largest of the build (87 MB at 10,000 sessions), and as a JSON tree it took
   * three times that while the pages rendered beside it.
   */
  static RenderedFile render(List<ExportView> views) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    int version;
    try (JsonGenerator json = JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeObjectFieldStart("generator");
      json.writeStringField("name", "podium");
      json.writeEndObject();
      json.writeObjectFieldStart("schedule");
      json.writeStringField("version", UNVERSIONED);
      json.flush();
      version = out.size() - 1 - UNVERSIONED.length();
      conference(json, views);
      json.writeArrayFieldStart("events");
      for (Session session : views.get(0).sessions) {
        event(json, views, session);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("strings and maps always serialize", e);
    }
    out.write('\n');
    byte[] bytes = out.toByteArray();
    // the version changes exactly when the schedule does, as in the per-language files: it is the version of the
    // file with an empty one, whose bytes are those around the version's place
    ContentHash.Versioning unversioned = new ContentHash.Versioning();
    unversioned.write(bytes, 0, version);
    unversioned.write(bytes, version + UNVERSIONED.length(), bytes.length - version - UNVERSIONED.length());
    byte[] digits = unversioned.version().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(digits, 0, bytes, version, digits.length);
    return new RenderedFile(views.get(0).routes.multilingualSchedule(), bytes);
  }

  private static void conference(JsonGenerator json, List<ExportView> views) throws IOException {
    ExportView view = views.get(0);
    Edition edition = view.edition;
    json.writeObjectFieldStart("conference");
    json.writeStringField("acronym", FrabFields.acronym(edition.id()));
    json.writeStringField("title", view.text(edition.name()));
    writeIfPresent(json, "description", localized(views, edition.tagline()));
    json.writeStringField("start", ExportView.iso(FrabFields.dayStart(view, edition.start())));
    json.writeStringField("end", ExportView.iso(FrabFields.dayEnd(view, edition.end())));
    json.writeStringField("timeslot_duration", isoDuration(FrabFields.timeslot(view.sessions)));
    writeIfPresent(json, "time_zone_name", FrabFields.jsonTimeZone(view));
    writeIfPresent(json, "url", view.absolute(view.routes.home(view.language)));
    json.writeArrayFieldStart("languages");
    for (ExportView each : views) {
      json.writeString(code(each.language));
    }
    json.writeEndArray();
    json.writeObjectFieldStart("defaults");
    json.writeStringField("language", code(edition.defaultLanguage()));
    json.writeEndObject();
    json.writeArrayFieldStart("tracks");
    for (Track track : edition.tracks()) {
      track(json, view.text(track.name()), slug(track.id()));
    }
    if (FrabFields.hasMainProgramme(view)) {
      track(json, view.text(edition.name()), FrabFields.acronym(edition.id()));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rooms");
    for (Room room : edition.rooms()) {
      json.writeStartObject();
      json.writeStringField("name", view.roomName(room));
      writeIfPresent(json, "slug", FrabFields.slug(room.id()));
      json.writeStringField("guid", view.ids.roomGuid(room.id()).toString());
      writeIfPresent(json, "description", localized(views, room.floor()));
      writeIfPresent(json, "url", room.stream() == null ? null : FrabFields.safeLink(room.stream()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("days");
    int index = 1;
    for (Day day : edition.days()) {
      json.writeStartObject();
      json.writeNumberField("index", index++);
      json.writeStringField("date", day.date().toString());
      json.writeStringField("start", ExportView.iso(FrabFields.dayStart(view, day.date())));
      json.writeStringField("end", ExportView.iso(FrabFields.dayEnd(view, day.date())));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void track(JsonGenerator json, String name, String slug) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeStringField("slug", slug);
    json.writeEndObject();
  }

  private static void event(JsonGenerator json, List<ExportView> views, Session session) throws IOException {
    ExportView view = views.get(0);
    String guid = view.ids.sessionGuid(session.id()).toString();
    String type = FrabTypes.of(session);
    json.writeStartObject();
    json.writeStringField("guid", guid);
    json.writeStringField("title", view.text(session.title()));
    json.writeStringField("type", type);
    json.writeStringField("start", ExportView.iso(session.start()));
    json.writeStringField("end", ExportView.iso(session.end()));
    json.writeObjectFieldStart("room");
    json.writeStringField("name", view.roomName(session.room()));
    writeIfPresent(json, "slug", FrabFields.slug(session.room().id()));
    json.writeStringField("guid", view.ids.roomGuid(session.room().id()).toString());
    json.writeEndObject();
    if (!type.equals(FrabTypes.BREAK)) {  // a meta event has no more
      details(json, views, session, guid);
    }
    json.writeEndObject();
  }

  private static void details(JsonGenerator json, List<ExportView> views, Session session, String guid)
      throws IOException {
    ExportView view = views.get(0);
    json.writeStringField("slug", FrabFields.eventSlug(view, session));
    String url = FrabFields.sessionUrl(view, session);
    json.writeStringField("url", url != null ? url : "urn:uuid:" + guid);
    json.writeNullField("subtitle");
    json.writeObjectFieldStart("track");
    json.writeStringField("slug",
        session.track() == null ? FrabFields.acronym(view.edition.id()) : slug(session.track().id()));
    json.writeEndObject();
    json.writeStringField("language", code(session.heldIn().get(0)));
    json.writeFieldName("abstract");
    json.writeObject(abstracts(views, session));
    json.writeFieldName("description");
    json.writeObject(descriptions(views, session));
    json.writeArrayFieldStart("participants");
    for (Speaker speaker : session.speakers()) {
      json.writeStartObject();
      json.writeStringField("guid", view.ids.speakerGuid(speaker.id()).toString());
      json.writeStringField("name", view.name(speaker));
      json.writeStringField("role", "SPEAKER");
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("links");
    for (FrabFields.Ref link : FrabFields.eventLinks(view, session)) {
      json.writeStartObject();
      json.writeStringField("url", link.url());
      writeIfPresent(json, "title", link.title());
      json.writeEndObject();
    }
    json.writeEndArray();
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

  private static void writeIfPresent(JsonGenerator json, String key, Object value) throws IOException {
    if (value != null) {
      json.writeFieldName(key);
      json.writeObject(value);
    }
  }
}
