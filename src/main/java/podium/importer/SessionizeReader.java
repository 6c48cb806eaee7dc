package podium.importer;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * Sessionize's "All data" JSON ({@code sessions}, {@code speakers}, {@code rooms}, {@code categories},
 * {@code questions}): times are local without a zone (the edition's, or {@code --timezone}); the categories
 * titled "Track", "Session format" (or "Format", "Type") and "Language" give tracks, types and the languages a
 * session is held in; answers that are web addresses, and the recording, become links. A session keeps
 * Sessionize's number as its id, so its URL stays when its title changes. Sessions without a time are left
 * out and named.
 */
final class SessionizeReader {
  private SessionizeReader() {}

  static Imported read(String text, String shown, String language, ZoneId zone, Problems problems) {
    JsonTree tree = JsonTree.parse(text, shown, problems);
    if (tree == null) {
      return null;
    }
    Values values = new Values(shown, problems);
    if (!(tree.root() instanceof Map<?, ?>) || JsonTree.array(tree.root(), "sessions").isEmpty()) {
      values.error(tree.at(tree.root()), "the file has no sessions", "export \"All data\" from Sessionize's API page");
      return null;
    }
    if (zone == null) {
      values.error(Position.START, "Sessionize gives no time zone", "give it with --timezone, such as Europe/Brussels");
      return null;
    }
    Map<String, Imported.Named> rooms = new LinkedHashMap<>();
    for (Object room : JsonTree.array(tree.root(), "rooms")) {
      String name = values.text("room", tree.at(room), JsonTree.text(room, "name"));
      if (name != null) {
        rooms.put(JsonTree.text(room, "id"), new Imported.Named(JsonTree.text(room, "id"), Slugs.of(name), null, name,
            null, null));
      }
    }
    Map<String, Imported.Named> tracks = new LinkedHashMap<>();
    Map<String, Imported.Named> types = new LinkedHashMap<>();
    Map<String, String> spoken = new LinkedHashMap<>();
    for (Object category : JsonTree.array(tree.root(), "categories")) {
      String title = String.valueOf(JsonTree.text(category, "title")).toLowerCase(Locale.ROOT);
      for (Object item : JsonTree.array(category, "items")) {
        String id = JsonTree.text(item, "id");
        String name = values.text("category item", tree.at(item), JsonTree.text(item, "name"));
        if (name == null) {
          continue;
        }
        Imported.Named named = new Imported.Named(id, Slugs.of(name), null, name, null, null);
        switch (title) {
          case "track", "tracks" -> tracks.put(id, named);
          case "session format", "format", "type", "session type" -> types.put(id, named);
          case "language", "languages" -> {
            spoken.put(id, languageCode(name));
            if (spoken.get(id) == null) {
              values.error(tree.at(item), "language '" + name + "' is neither a language's name nor its code",
                  "name it in English (German) or by its code (de)");
            }
          }
          default -> { }
        }
      }
    }
    Map<String, String> questions = new LinkedHashMap<>();
    JsonTree.array(tree.root(), "questions").forEach(q -> questions.put(JsonTree.text(q, "id"),
        JsonTree.text(q, "question")));
    List<Imported.Person> people = new ArrayList<>();
    for (Object speaker : JsonTree.array(tree.root(), "speakers")) {
      String name = JsonTree.text(speaker, "fullName") != null ? JsonTree.text(speaker, "fullName")
          : (String.valueOf(JsonTree.text(speaker, "firstName")) + " " + JsonTree.text(speaker, "lastName")).strip();
      String shownName = values.text("speaker", tree.at(speaker), name);
      if (shownName != null) {
        people.add(new Imported.Person(JsonTree.text(speaker, "id"), Slugs.of(shownName), null, shownName,
            values.text("speaker '" + shownName + "'", tree.at(speaker), JsonTree.text(speaker, "bio")),
            values.text("speaker '" + shownName + "'", tree.at(speaker), JsonTree.text(speaker, "tagLine"))));
      }
    }
    List<Imported.Event> events = new ArrayList<>();
    List<String> unscheduled = new ArrayList<>();
    for (Object session : JsonTree.array(tree.root(), "sessions")) {
      Position at = tree.at(session);
      String title = values.text("session", at, JsonTree.text(session, "title"));
      if (title == null) {
        values.error(at, "session " + JsonTree.text(session, "id") + " has no title", null);
        continue;
      }
      String what = "session '" + title + "'";
      if (JsonTree.text(session, "startsAt") == null || JsonTree.text(session, "roomId") == null) {
        unscheduled.add(title);
        continue;
      }
      ZonedDateTime start = time(values, what, "start", JsonTree.text(session, "startsAt"), zone, at);
      ZonedDateTime end = time(values, what, "end", JsonTree.text(session, "endsAt"), zone, at);
      Imported.Named room = rooms.get(JsonTree.text(session, "roomId"));
      if (room == null) {
        values.error(at, what + ": room " + JsonTree.text(session, "roomId") + " is not in the file's rooms", null);
      }
      if (start == null || end == null || room == null
          || !EventTimes.check(what, new EventTimes.Span(start, end), at, shown, problems)) {
        continue;
      }
      String track = null;
      String type = null;
      List<String> heldIn = new ArrayList<>();
      for (Object item : JsonTree.array(session, "categoryItems")) {
        String id = String.valueOf(item);
        track = track == null && tracks.containsKey(id) ? id : track;
        type = type == null && types.containsKey(id) ? id : type;
        if (spoken.get(id) != null) {
          heldIn.add(spoken.get(id));
        }
      }
      List<Imported.Ref> links = new ArrayList<>();
      for (Object answer : JsonTree.array(session, "questionAnswers")) {
        String value = JsonTree.text(answer, "answerValue");
        if (value != null && value.matches("(?i)https?://\\S+")) {
          add(links, values.link(what, at, questions.get(JsonTree.text(answer, "questionId")), value));
        }
      }
      add(links, values.link(what, at, "Recording", JsonTree.text(session, "recordingUrl")));
      List<String> speakers = JsonTree.array(session, "speakers").stream().map(String::valueOf).toList();
      events.add(new Imported.Event(at, null, Values.id(JsonTree.text(session, "id")), title, start, end,
          room.key(), track, type, speakers, heldIn, List.of(), null,
          values.text(what, at, JsonTree.text(session, "description")), links));
    }
    List<String> notes = unscheduled.isEmpty() ? List.of()
        : List.of("left out, without a time or room in Sessionize: " + String.join(", ", unscheduled));
    return new Imported(language, new Imported.Conference(null, null, null, zone), List.copyOf(rooms.values()),
        List.copyOf(tracks.values()), List.copyOf(types.values()), events, people, notes);
  }

  private static void add(List<Imported.Ref> links, Imported.Ref link) {
    if (link != null) {
      links.add(link);
    }
  }

  private static ZonedDateTime time(Values values, String what, String field, String text, ZoneId zone, Position at) {
    try {
      return EventTimes.local(what, field, LocalDateTime.parse(text), zone, at, values.shown(), values.problems());
    } catch (DateTimeException | NullPointerException e) {
      values.error(at, what + ": invalid " + field + " '" + text + "'", "Sessionize writes 2025-05-07T09:00:00");
      return null;
    }
  }

  /** "English", "Deutsch" or "en" as a language code; null when it is none of these. */
  static String languageCode(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (lower.matches("[a-z]{2,3}")) {
      return lower;
    }
    for (String code : Locale.getISOLanguages()) {
      Locale locale = Locale.forLanguageTag(code);
      if (locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(lower)
          || locale.getDisplayLanguage(locale).equalsIgnoreCase(lower)) {
        return code;
      }
    }
    return null;
  }
}
