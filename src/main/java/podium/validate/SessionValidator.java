package podium.validate;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.load.SessionDoc;
import podium.model.Link;
import podium.model.Session;
import podium.model.SessionStatus;
import podium.model.Speaker;

/**
 * Checks {@code sessions.yaml}: required keys, times inside the edition, references to rooms, tracks, types
 * and speakers, and that no two sessions share a room at the same time.
 */
final class SessionValidator {
  private final EditionBasics edition;
  private final Map<String, Speaker> speakers;
  private final java.util.Set<String> declaredSpeakers;
  private final FileChecks checks;
  private final boolean strict;
  private final Map<String, String> pointerOf = new HashMap<>();

  private SessionValidator(EditionBasics edition, Map<String, Speaker> speakers,
      java.util.Set<String> declaredSpeakers, FileChecks checks, boolean strict) {
    this.edition = edition;
    this.speakers = speakers;
    this.declaredSpeakers = declaredSpeakers;
    this.checks = checks;
    this.strict = strict;
  }

  /**
   * Every checked session in file order, drafts included (marked as such); rooms are checked to be free among
   * the sessions this build shows.
   */
  static List<Session> check(EditionBasics edition, Map<String, Speaker> speakers,
      java.util.Set<String> declaredSpeakers, Parsed<List<SessionDoc>> parsed, Rules rules, Drafts drafts,
      Problems problems) {
    SessionValidator validator = new SessionValidator(edition, speakers, declaredSpeakers,
        new FileChecks(parsed, problems), rules.strict());
    Map<String, Session> sessions = validator.checks.defined("session", "", parsed.value(), SessionDoc::id,
        validator::session);
    List<Session> checked = List.copyOf(sessions.values());
    validator.checkRoomsAreFree(drafts.shown(checked, Session::draft));
    return checked;
  }

  private Session session(SessionDoc doc, String at) {
    pointerOf.put(doc.id(), at);
    boolean ok = checks.require(at + "/title", doc.title());
    checks.localized(at + "/title", doc.title(), edition.languages());
    if (strict && doc.title() != null) {
      for (String language : edition.languages()) {
        if (doc.title().exactly(language) == null) {
          checks.error(at + "/title", "session title is not translated into '" + language + "'",
              "add " + language + ": … to its title");
        }
      }
    }
    LocalDate date = checks.date(at + "/date", doc.date());
    if (date != null && !edition.contains(date)) {
      checks.error(at + "/date", "session date " + date + " is outside the edition (" + edition.start() + " to "
          + edition.end() + ")", null);
      ok = false;
    }
    LocalTimes.Written start = LocalTimes.parse(checks, at + "/start", doc.start());
    LocalTimes.Written end = LocalTimes.parse(checks, at + "/end", doc.end());
    ZonedDateTime startsAt = date == null || start == null ? null
        : LocalTimes.resolve(checks, at + "/start", date, start, edition.timezone());
    ZonedDateTime endsAt = date == null || end == null ? null
        : LocalTimes.resolve(checks, at + "/end", date, end, edition.timezone());
    if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
      checks.error(at + "/end", "session ends (" + end + ") " + (endsAt.isEqual(startsAt) ? "when" : "before")
          + " it starts (" + start + ")", null);
      ok = false;
    }
    boolean hasRoom = checks.require(at + "/room", doc.room())
        && checks.reference(at + "/room", doc.room(), "room", edition.rooms().keySet());
    checks.reference(at + "/track", doc.track(), "track", edition.tracks().keySet());
    checks.reference(at + "/type", doc.type(), "session type", edition.types().keySet());
    List<Speaker> people = new ArrayList<>();
    List<String> speakerIds = doc.speakers() == null ? List.of() : doc.speakers();
    for (int i = 0; i < speakerIds.size(); i++) {
      String id = speakerIds.get(i);
      // Speakers that are declared but invalid are reported in speakers.yaml; when that file could not be
      // read at all (null), references to it cannot be judged.
      if ((declaredSpeakers == null || checks.reference(at + "/speakers/" + i, id, "speaker", declaredSpeakers))
          && speakers.containsKey(id)) {
        people.add(speakers.get(id));
      }
    }
    boolean spoken = checks.require(at + "/languages", doc.languages());
    List<String> heldIn = languageCodes(at + "/languages", doc.languages());
    List<String> interpretation = languageCodes(at + "/interpretation", doc.interpretation());
    List<Link> links = links(at, doc.links());
    SessionStatus status = status(at + "/status", doc.status());
    if (!ok || status == null || startsAt == null || endsAt == null || !hasRoom || !spoken) {
      return null;
    }
    return new Session(doc.id(), doc.title(), startsAt, endsAt, edition.rooms().get(doc.room()),
        doc.track() == null ? null : edition.tracks().get(doc.track()),
        doc.type() == null ? null : edition.types().get(doc.type()), List.copyOf(people), heldIn, interpretation,
        checks.localized(at + "/abstract", doc.summary(), edition.languages()), links, Map.of(),
        Boolean.TRUE.equals(doc.draft()), status);
  }

  /**
   * Confirmed unless written otherwise, in any capitalisation as page statuses are ({@link Drafts}); null when
   * the word is unknown (reported). {@code status: draft} is told where a session's draft mark goes instead.
   */
  private SessionStatus status(String pointer, String written) {
    if (written == null) {
      return SessionStatus.CONFIRMED;
    }
    SessionStatus status = SessionStatus.named(written.strip().toLowerCase(java.util.Locale.ROOT));
    if (status == null) {
      checks.error(pointer, "unknown status '" + written + "'", written.strip().equalsIgnoreCase("draft")
          ? "keep a session out of the site with draft: true; its status is confirmed or cancelled"
          : "a session's status is " + String.join(" or ", SessionStatus.words()));
    }
    return status;
  }

  private List<String> languageCodes(String pointer, List<String> codes) {
    List<String> valid = new ArrayList<>();
    List<String> given = codes == null ? List.of() : codes;
    for (int i = 0; i < given.size(); i++) {
      if (Ids.isLanguageCode(given.get(i))) {
        valid.add(given.get(i));
      } else {
        checks.error(pointer + "/" + i, "invalid language code '" + given.get(i) + "'",
            "use ISO 639-1 codes such as fr, de, en");
      }
    }
    return List.copyOf(valid);
  }

  private List<Link> links(String at, List<SessionDoc.LinkDoc> docs) {
    List<Link> links = new ArrayList<>();
    List<SessionDoc.LinkDoc> given = docs == null ? List.of() : docs;
    for (int i = 0; i < given.size(); i++) {
      String pointer = at + "/links/" + i;
      boolean hasTitle = checks.require(pointer + "/title", given.get(i).title());
      String url = checks.require(pointer + "/url", given.get(i).url()) ? checks.url(pointer + "/url",
          given.get(i).url()) : null;
      if (url != null && hasTitle) {
        links.add(new Link(checks.localized(pointer + "/title", given.get(i).title(), edition.languages()), url));
      }
    }
    return List.copyOf(links);
  }

  private void checkRoomsAreFree(List<Session> sessions) {
    Map<String, List<Session>> byRoom = new HashMap<>();
    for (Session session : sessions) {
      byRoom.computeIfAbsent(session.room().id(), room -> new ArrayList<>()).add(session);
    }
    for (List<Session> inRoom : byRoom.values()) {
      inRoom.sort(Comparator.comparing(Session::start).thenComparing(Session::id));
      Session previous = null;
      for (Session session : inRoom) {
        if (previous != null && session.start().isBefore(previous.end())) {
          checks.error(pointerOf.get(session.id()) + "/room", "session '" + session.id() + "' overlaps session '"
              + previous.id() + "' in room '" + session.room().id() + "'",
              "'" + previous.id() + "' runs " + LocalTimes.written(previous.start()) + "–"
                  + LocalTimes.written(previous.end()) + " on " + previous.start().toLocalDate());
        }
        if (previous == null || session.end().isAfter(previous.end())) {
          previous = session;
        }
      }
    }
  }
}
