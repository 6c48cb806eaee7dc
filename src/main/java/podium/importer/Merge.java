package podium.importer;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import podium.load.EditionDoc;
import podium.load.SessionDoc;
import podium.load.SpeakerDoc;
import podium.model.Localized;
import podium.render.export.PublishedGuids;

/**
 * One schedule joined to an edition's programme. A session is the same session when the schedule's guid is the
 * one Podium published for it, or when the schedule gives it the same id (from its slug, URL or title): then
 * the schedule's fields replace the old ones, its texts become the texts in its language, and whatever the
 * schedule does not carry (other languages, interpretation, photos, drafts) is kept. Sessions and speakers the
 * schedule does not name are kept too.
 */
final class Merge {
  record Result(EditionDoc edition, List<SessionDoc> sessions, List<SpeakerDoc> speakers,
      Map<String, String> descriptions) {}

  private Merge() {}

  static Result of(String editionId, Existing old, Imported in, EditionMerge.Defaults defaults) {
    String language = in.language();
    EditionDoc edition = old.edition();
    List<String> order = edition == null ? List.of(language)
        : Texts.order(language, edition.fallback(), edition.defaultLanguage());
    Map<String, SessionDoc> sessions = new LinkedHashMap<>();
    old.sessions().forEach(s -> sessions.put(s.id(), s));
    Map<String, String> byGuid = new LinkedHashMap<>();
    sessions.keySet().forEach(id -> byGuid.put(PublishedGuids.session(editionId, id), id));
    Names<EditionDoc.RoomDoc> rooms = new Names<>(edition == null ? null : edition.rooms(), EditionMerge.ROOMS);
    Names<EditionDoc.NamedDoc> tracks = new Names<>(edition == null ? null : edition.tracks(), EditionMerge.NAMED);
    Names<EditionDoc.NamedDoc> types = new Names<>(edition == null ? null : edition.types(), EditionMerge.NAMED);
    List<String> ids = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Imported.Event event : in.events()) {
      String id = event.guid() == null ? null : byGuid.get(event.guid());
      if (id == null) {
        id = Slugs.unique(event.id() != null ? event.id() : "session", used);
      }
      used.add(id);
      ids.add(id);
      SessionDoc matched = sessions.get(id);
      if (matched != null) {
        rooms.learn(event.room(), matched.room());
        tracks.learn(event.track(), matched.track());
        types.learn(event.type(), matched.type());
      }
    }
    in.rooms().forEach(r -> rooms.add(r, (id, guid) -> PublishedGuids.room(editionId, id).equals(guid), language, order));
    in.tracks().forEach(t -> tracks.add(t, (id, guid) -> false, language, order));
    in.types().forEach(t -> types.add(t, (id, guid) -> false, language, order));
    Map<String, String> speakerIds = new LinkedHashMap<>();
    List<SpeakerDoc> speakers = speakers(editionId, old.speakers(), in, speakerIds, language, order);
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (int i = 0; i < in.events().size(); i++) {
      Imported.Event event = in.events().get(i);
      String id = ids.get(i);
      SessionDoc before = sessions.get(id);
      sessions.put(id, session(id, before, event, rooms, tracks, types, speakerIds, language, order));
      String description = description(old, id, language, order, event.description());
      if (description != null) {
        descriptions.put(id, description);
      }
    }
    EditionDoc merged = EditionMerge.of(edition, in, defaults, rooms.all(), tracks.all(), types.all(), order);
    return new Result(merged, new ArrayList<>(sessions.values()), speakers, descriptions);
  }

  private static SessionDoc session(String id, SessionDoc old, Imported.Event event, Names<EditionDoc.RoomDoc> rooms,
      Names<EditionDoc.NamedDoc> tracks, Names<EditionDoc.NamedDoc> types, Map<String, String> speakerIds,
      String language, List<String> order) {
    List<SessionDoc.LinkDoc> links = new ArrayList<>();
    for (Imported.Ref ref : event.links()) {
      Localized title = old == null || old.links() == null ? null : old.links().stream()
          .filter(link -> ref.url().equals(link.url())).map(SessionDoc.LinkDoc::title).findFirst().orElse(null);
      links.add(new SessionDoc.LinkDoc(Texts.put(title, language, ref.title(), order), ref.url()));
    }
    List<String> heldIn = !event.heldIn().isEmpty() ? event.heldIn()
        : old != null && old.languages() != null ? old.languages() : List.of(language);
    List<String> interpretation = !event.interpretation().isEmpty() ? event.interpretation()
        : old == null ? null : old.interpretation();
    List<String> speakers = event.speakers().stream().map(speakerIds::get).filter(s -> s != null).distinct().toList();
    return new SessionDoc(id, Texts.put(old == null ? null : old.title(), language, event.title(), order),
        event.start().toLocalDate().toString(), time(event.start()), time(event.end()), rooms.idOf(event.room()),
        tracks.idOf(event.track()), types.idOf(event.type()), speakers.isEmpty() ? null : speakers, heldIn,
        interpretation, Texts.put(old == null ? null : old.summary(), language, event.summary(), order),
        links.isEmpty() ? null : links, old == null ? null : old.draft(), old == null ? null : old.status());
  }

  /** HH:MM, with the offset in the hour the clocks repeat (the loader asks which of the two is meant). */
  static String time(ZonedDateTime at) {
    String clock = EventTimes.clock(at);
    List<ZoneOffset> offsets = at.getZone().getRules().getValidOffsets(at.toLocalDateTime());
    return offsets.size() > 1 ? clock + at.getOffset().getId() : clock;
  }

  private static List<SpeakerDoc> speakers(String editionId, List<SpeakerDoc> old, Imported in,
      Map<String, String> idOfKey, String language, List<String> order) {
    Map<String, SpeakerDoc> speakers = new LinkedHashMap<>();
    old.forEach(s -> speakers.put(s.id(), s));
    for (Imported.Person person : in.people()) {
      String id = speakers.keySet().stream()
          .filter(s -> PublishedGuids.speaker(editionId, s).equals(person.guid())).findFirst().orElse(null);
      if (id == null) {
        String wanted = person.id() != null ? person.id() : "speaker";
        id = speakers.containsKey(wanted) && !idOfKey.containsValue(wanted) ? wanted
            : Slugs.unique(wanted, speakers.keySet());
      }
      SpeakerDoc before = speakers.get(id);
      speakers.put(id, new SpeakerDoc(id, person.name(),
          Texts.put(before == null ? null : before.affiliation(), language, person.affiliation(), order),
          Texts.put(before == null ? null : before.bio(), language, person.bio(), order),
          before == null ? null : before.photo(), before == null ? null : before.photoAlt()));
      idOfKey.put(person.key(), id);
    }
    return new ArrayList<>(speakers.values());
  }

  /** The description to write in this language, or null: none given, or the fallback a reader sees already. */
  private static String description(Existing old, String id, String language, List<String> order, String text) {
    if (text == null) {
      return null;
    }
    if (!old.descriptions().getOrDefault(language, Map.of()).containsKey(id)) {
      for (String other : order) {
        String shown = old.descriptions().getOrDefault(other, Map.of()).get(id);
        if (shown != null) {
          return shown.strip().equals(text) ? null : text;
        }
      }
    }
    return text;
  }
}
